import type { XmlHandler, XmlTokenizer } from './xml-tokenizer';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A sheet as the workbook part lists it, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  /** The relationship that names its part. */
  readonly relationshipId: string | null;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

/**
 * A handler for the workbook part (`xl/workbook.xml`, ECMA-376 Part 1, 18.2): its sheets in
 * order with their state and relationship id, and whether dates count from 1904. The
 * relationship id is an attribute in the relationships namespace, whatever its prefix (`r:id`
 * in most files); a boolean is `1` or `true` (XML Schema's boolean, as strict files write it).
 *
 * @example
 * // <workbookPr date1904="1"/><sheets><sheet name="活动安排" sheetId="1" r:id="rId1"/></sheets>
 * handler.result() //=> { sheets: [{ name: '活动安排', state: 'visible', relationshipId: 'rId1' }], date1904: true }
 */
export function workbookHandler(): XmlHandler & { result(): WorkbookPart } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  // Only the workbook's own children count: an extension list repeats local names in other
  // namespaces (Excel writes <x15:workbookPr chartTrackingRefBase="1"/> with no date1904 on it).
  let depth = 0;
  return {
    open(name: string, t: XmlTokenizer) {
      depth++;
      if (name === 'workbookPr' && depth === 2) {
        const value = t.attr('date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const state = t.attr('state');
        sheets.push({
          name: t.attr('name') ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          relationshipId: t.attr('id', true),
        });
      }
    },
    close() {
      depth--;
    },
    text() {},
    result: () => ({ sheets, date1904 }),
  };
}

/**
 * A handler for a table part (ECMA-376 Part 1, 18.5.1.2) that takes its name: `displayName`,
 * the name formulas and Excel's Table Design tab use and that must be unique in the workbook,
 * else `name`.
 */
export function tableNameHandler(): XmlHandler & { name: string | null } {
  const handler = {
    name: null as string | null,
    open(name: string, t: XmlTokenizer) {
      if (name === 'table' && handler.name === null) handler.name = t.attr('displayName') ?? t.attr('name');
    },
    close() {},
    text() {},
  };
  return handler;
}
