import type { OutputTarget } from '../core/tables/choose-output-names';
import { tableHeaders } from '../core/tables/table-headers';
import { columnLetters } from '../core/sheet/to-a1';
import type { SheetSpec } from '../core/tables/sheet-spec';
import type { CellStyle } from './package/edit-styles';
import type { SheetWrite } from './package/edit-package';
import type { RowOut } from './package/worksheet-xml';

/**
 * A plan sheet as the package writer takes it, translated from core's description: the header
 * and rows as one Excel table over A1 (a blank data row when there are none, since a table needs
 * one), each column's width and number format (on the column too, so rows a user adds get it),
 * the header frozen, and the gap highlight as an expression rule. Strings are inline strings,
 * so text that looks like a formula (`=…`, `+86 …`) stays text.
 *
 * @example
 * planSheetWrite(spec, { key: 'work', sheet: '主要工作', table: 'PlanSheet_Work', replace: false }).tables[0].ref
 * //=> 'A1:F30'
 */
export function planSheetWrite(spec: SheetSpec, target: OutputTarget): SheetWrite {
  const headers = tableHeaders(spec.columns.map((c) => c.header));
  const formats = [...new Set(spec.columns.flatMap((c) => (c.numberFormat ? [c.numberFormat] : [])))];
  const styles: CellStyle[] = formats.map((numFmt) => ({ numFmt }));
  const columnStyles = spec.columns.map((c) => (c.numberFormat ? formats.indexOf(c.numberFormat) : undefined));
  const dataRows = Math.max(1, spec.rows.length);
  const last = columnLetters(headers.length - 1);
  const ref = `A1:${last}${dataRows + 1}`;
  const highlight = spec.highlight && spec.rows.length > 0 ? spec.highlight : null;

  function* rows(): Generator<RowOut> {
    yield { row: 0, values: headers, styles: columnStyles };
    for (let r = 0; r < spec.rows.length; r++) yield { row: r + 1, values: spec.rows[r], styles: columnStyles };
  }
  return {
    name: target.sheet,
    replace: target.replace,
    content: {
      extent: { lastRow: dataRows, lastCol: headers.length - 1 },
      columns: spec.columns.map((c, i) => ({ width: c.width, style: columnStyles[i] })),
      frozenRows: 1,
      rows,
      conditional: highlight
        ? [
            {
              sqref: `A2:${last}${dataRows + 1}`,
              formula: highlight.formula,
              dxf: 0,
            },
          ]
        : [],
    },
    styles,
    // SpreadsheetML colours are ARGB: opaque.
    dxfs: highlight ? [{ fontColor: `FF${highlight.font}`, fill: `FF${highlight.fill}` }] : [],
    tables: [{ name: target.table, ref, columns: headers, style: spec.tableStyle }],
  };
}
