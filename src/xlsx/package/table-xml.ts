import type { Namespaces } from './namespaces';
import { XML_DECLARATION } from './namespaces';
import { escapeAttribute } from './xml-text';

/** A table of ours: a header row and its data rows over `ref`, with a built-in table style. */
export interface TableOut {
  readonly name: string;
  /** A1 range of header and rows, e.g. 'A1:F30'. */
  readonly ref: string;
  /** Column names, exactly the header cells' text (Excel repairs a table whose names differ). */
  readonly columns: readonly string[];
  /** A built-in table style, e.g. 'TableStyleMedium2'. */
  readonly style: string;
}

/**
 * A table part (CT_Table, ECMA-376 Part 1, 18.5.1.2): its id (unique in the workbook), name,
 * range, its header row (said explicitly: it is the default, but exceljs reads it as absent), an
 * autoFilter over the range (the filter buttons), the columns and the style with banded rows,
 * without markup-compatibility extensions.
 *
 * @example
 * tableXml({ name: 'PlanSheet_Work', ref: 'A1:B3', columns: ['序号', '工作内容'], style: 'TableStyleMedium2' }, 4, ns)
 * //=> '<?xml …?>\n<table xmlns="…" id="4" name="PlanSheet_Work" displayName="PlanSheet_Work" ref="A1:B3" …>…</table>'
 */
export function tableXml(table: TableOut, id: number, ns: Namespaces): string {
  const name = escapeAttribute(table.name);
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(c)}"/>`).join('');
  return (
    `${XML_DECLARATION}<table xmlns="${ns.main}" id="${id}" name="${name}" displayName="${name}" ref="${table.ref}"` +
    ' headerRowCount="1" totalsRowShown="0">' +
    `<autoFilter ref="${table.ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(table.style)}"` +
    ' showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
