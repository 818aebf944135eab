import { columnLetters, toA1 } from '../../core/sheet/to-a1';
import type { CellError, MergedArea } from '../../core/sheet/grid';
import type { Namespaces } from './namespaces';
import { XML_DECLARATION } from './namespaces';
import { ByteWriter } from './byte-writer';
import { escapeAttribute, escapeText } from './xml-text';

/** A cell value as a sheet of ours holds it; strings are always text (an inline string, never a formula). */
export type CellOut = string | number | boolean | CellError | null;

/** One row: its values from column 0 on, or at `cols` when given; styles are indexes into the sheet's own list. */
export interface RowOut {
  readonly row: number;
  readonly cols?: readonly number[];
  readonly values: readonly CellOut[];
  readonly styles?: readonly (number | undefined)[];
}

export interface ColumnOut {
  /** Width in characters of the default font, as Excel's `<col width>` takes it. */
  readonly width?: number;
  readonly style?: number;
}

/** The content of a worksheet we write, with style indexes local to it (the package edit maps them). */
export interface SheetContent {
  /** The last row and column holding something, zero-based; null for an empty sheet. */
  readonly extent: { readonly lastRow: number; readonly lastCol: number } | null;
  readonly columns?: readonly ColumnOut[];
  /** Rows frozen at the top (a header that stays in view). */
  readonly frozenRows?: number;
  /** The rows in ascending order, produced on demand so that a large sheet is never held as XML. */
  readonly rows: () => Iterable<RowOut>;
  readonly merges?: readonly MergedArea[];
  /** Conditional formats: an expression rule over `sqref`, formatted with a differential style. */
  readonly conditional?: readonly { readonly sqref: string; readonly formula: string; readonly dxf: number }[];
  /** Drop-down lists: a list validation over `sqref` (no error alert: other text stays allowed). */
  readonly validations?: readonly { readonly sqref: string; readonly list: string }[];
}

/** What the package edit decided for a sheet: global style ids and the relationship ids of its tables. */
export interface SheetIds {
  readonly xf: readonly number[];
  readonly dxf: readonly number[];
  readonly tables: readonly string[];
}

/** XML white space (space, tab, LF, CR) at either end of a string, which a reader may drop unless told to keep it. */
function edgeSpace(text: string): boolean {
  if (text === '') return false;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(text.length - 1);
  return a === 32 || a === 9 || a === 10 || a === 13 || b === 32 || b === 9 || b === 10 || b === 13;
}

/**
 * A worksheet part, as chunks of UTF-8, with its elements in the order CT_Worksheet demands
 * (ECMA-376 Part 1, 18.3.1.99: dimension, sheetViews, cols, sheetData, mergeCells,
 * conditionalFormatting, dataValidations, pageMargins, tableParts) and no markup-compatibility
 * extensions, so that it validates against sml.xsd as it is.
 *
 * @example
 * new TextDecoder().decode(Buffer.concat([...worksheetXml(content, TRANSITIONAL, ids)]))
 * //=> '<?xml …?>\n<worksheet xmlns="…"><dimension ref="A1:B3"/>…</worksheet>'
 */
export function* worksheetXml(content: SheetContent, ns: Namespaces, ids: SheetIds): Generator<Uint8Array> {
  const out = new ByteWriter();
  const { extent } = content;
  out.ascii(`${XML_DECLARATION}<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">`);
  out.ascii(`<dimension ref="${extent ? `A1:${toA1(extent.lastRow, extent.lastCol)}` : 'A1'}"/>`);
  out.ascii(sheetViews(content.frozenRows ?? 0));
  out.ascii(cols(content.columns ?? [], ids.xf));
  out.ascii('<sheetData>');
  const cells = new CellWriter(out, ids.xf);
  for (const row of content.rows()) {
    cells.row(row);
    if (out.pending > 0) yield* out.take();
  }
  out.ascii('</sheetData>');
  out.text(tail(content, ids));
  out.flush();
  yield* out.take();
}

/** Rows into bytes, with each column's `<c r="B` and ` s="8"` worked out once. */
class CellWriter {
  private readonly refs: string[] = [];
  private readonly styles = new Map<number, string>();

  constructor(
    private readonly out: ByteWriter,
    private readonly xf: readonly number[],
  ) {}

  row({ row, values, cols: at, styles }: RowOut): void {
    const out = this.out;
    const r = row + 1;
    out.ascii('<row r="');
    out.int(r);
    out.ascii('">');
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) continue;
      const col = at ? at[i] : i;
      out.ascii(this.refs[col] ?? (this.refs[col] = `<c r="${columnLetters(col)}`));
      out.int(r);
      const local = styles?.[at ? i : col];
      out.ascii(local === undefined ? '"' : this.style(local));
      this.value(value);
    }
    out.ascii('</row>');
  }

  private style(local: number): string {
    let s = this.styles.get(local);
    if (s === undefined) this.styles.set(local, (s = `" s="${this.xf[local]}"`));
    return s;
  }

  private value(value: Exclude<CellOut, null>): void {
    const out = this.out;
    if (typeof value === 'string') {
      out.ascii(edgeSpace(value) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
      out.text(escapeText(value));
      out.ascii('</t></is></c>');
    } else if (typeof value === 'number') {
      // Excel has no NaN or infinity; such a number is written as the text it prints as.
      if (!Number.isFinite(value)) return this.value(String(value));
      out.ascii(`><v>${value}</v></c>`);
    } else if (typeof value === 'boolean') {
      out.ascii(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    } else {
      out.ascii(' t="e"><v>');
      out.text(escapeText(value.error));
      out.ascii('</v></c>');
    }
  }
}

function sheetViews(frozen: number): string {
  if (frozen <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = toA1(frozen, 0);
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    '</sheetView></sheetViews>'
  );
}

function cols(columns: readonly ColumnOut[], xf: readonly number[]): string {
  let out = '';
  columns.forEach((c, i) => {
    if (c.width === undefined && c.style === undefined) return;
    const width = c.width === undefined ? '' : ` width="${round(c.width)}" customWidth="1"`;
    const style = c.style === undefined ? '' : ` style="${xf[c.style]}"`;
    out += `<col min="${i + 1}" max="${i + 1}"${width}${style}/>`;
  });
  return out ? `<cols>${out}</cols>` : '';
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function tail(content: SheetContent, ids: SheetIds): string {
  let out = '';
  const merges = content.merges ?? [];
  if (merges.length > 0) {
    out += `<mergeCells count="${merges.length}">`;
    for (const m of merges) out += `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`;
    out += '</mergeCells>';
  }
  (content.conditional ?? []).forEach((cf, i) => {
    out += `<conditionalFormatting sqref="${cf.sqref}"><cfRule type="expression" dxfId="${ids.dxf[cf.dxf]}" priority="${i + 1}">`;
    out += `<formula>${escapeText(cf.formula)}</formula></cfRule></conditionalFormatting>`;
  });
  const validations = content.validations ?? [];
  if (validations.length > 0) {
    out += `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      out += `<dataValidation type="list" allowBlank="1" sqref="${v.sqref}"><formula1>${escapeText(v.list)}</formula1></dataValidation>`;
    }
    out += '</dataValidations>';
  }
  out += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (ids.tables.length > 0) {
    out += `<tableParts count="${ids.tables.length}">`;
    for (const id of ids.tables) out += `<tablePart r:id="${escapeAttribute(id)}"/>`;
    out += '</tableParts>';
  }
  return `${out}</worksheet>`;
}
