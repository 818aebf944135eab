import { isDateFormat } from '../../core/sheet/is-date-format';
import { builtinNumberFormat } from './builtin-number-formats';
import type { XmlHandler, XmlTokenizer } from './xml-tokenizer';

/** The number format of each cell style, by the style's index (a cell's `s`). */
export interface CellStyles {
  /** The format code, or undefined for General. */
  readonly formats: readonly (string | undefined)[];
  /** Whether the format shows a date, so that its number is a date serial. */
  readonly dates: readonly boolean[];
}

export const NO_STYLES: CellStyles = { formats: [], dates: [] };

/**
 * A handler for `xl/styles.xml` that collects what core needs of it: each cell format's number
 * format (`cellXfs/xf/@numFmtId`), resolved through the workbook's own `numFmts` first (a
 * workbook may redefine a built-in id) and then the built-in formats. Fonts, fills and borders
 * are skipped; `cellStyleXfs` holds `xf` elements too, which are not cell formats.
 *
 * @example
 * const styles = stylesHandler(); pkg.read('xl/styles.xml', styles); styles.result().formats[1] //=> 'yyyy"年"m"月"'
 */
export function stylesHandler(): XmlHandler & { result(): CellStyles } {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  return {
    open(name: string, t: XmlTokenizer) {
      if (name === 'numFmts') inNumFmts = true;
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'numFmt' && inNumFmts) {
        const id = Number(t.attr('numFmtId'));
        const code = t.attr('formatCode');
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === 'xf' && inCellXfs) ids.push(Number(t.attr('numFmtId') ?? 0));
    },
    close(name: string) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
    result() {
      const formats = ids.map((id) => {
        const code = custom.get(id) ?? builtinNumberFormat(id);
        return code === undefined || code.toLowerCase() === 'general' ? undefined : code;
      });
      return { formats, dates: formats.map((f) => isDateFormat(f)) };
    },
  };
}
