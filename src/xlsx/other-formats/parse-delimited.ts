/** The field separators a delimited text file is read with. */
export type Delimiter = ',' | '\t' | ';';

/** In order of preference when the text fits several equally well. */
const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];

/** How much of the text the delimiter is guessed from. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface DelimitedText {
  /** null when no delimiter splits the text into two or more columns: it is not a table. */
  readonly delimiter: Delimiter | null;
  /** One record per line of the sheet (a blank line is a record with one empty field). */
  readonly records: readonly (readonly string[])[];
}

export interface ParseDelimitedOptions {
  /** The separator, when known; guessed from the text otherwise. */
  readonly delimiter?: Delimiter;
  /** Called for every non-empty field, so that a reader can stop a file that holds too many cells. */
  readonly onField?: () => void;
}

/**
 * Records and fields of CSV or TSV text, as RFC 4180 writes them and Excel and LibreOffice
 * read them: a field that starts with a double quote runs to the matching quote, may hold the
 * delimiter and line breaks, and writes a quote as two. A quote elsewhere is an ordinary
 * character, and text after a closing quote is kept, so a carelessly written file still reads
 * as its author meant. Lines end in CRLF, LF or CR. Excel's `sep=;` first line names the
 * delimiter; otherwise the one that splits the first records into the same number of
 * columns, with quotes only where fields start, wins (comma, tab, then semicolon).
 *
 * @example
 * parseDelimited('月份,活动\r\n3月,"学习""两会"",\n第二期"\r\n').records
 * //=> [['月份', '活动'], ['3月', '学习"两会",\n第二期']]
 */
export function parseDelimited(text: string, options: ParseDelimitedOptions = {}): DelimitedText {
  let start = 0;
  let delimiter: Delimiter | null = options.delimiter ?? null;
  const declared = /^sep=([,;\t])(\r\n|\n|\r|$)/i.exec(text);
  if (declared) {
    delimiter = declared[1] as Delimiter;
    start = declared[0].length;
  }
  delimiter ??= guessDelimiter(text.slice(start, start + SAMPLE_CHARS), text.length - start > SAMPLE_CHARS);
  if (delimiter === null) return { delimiter: null, records: [] };
  const records: string[][] = [];
  scanRecords(
    text,
    start,
    delimiter,
    (fields) => {
      records.push(fields);
      return true;
    },
    options.onField,
  );
  return { delimiter, records };
}

interface Fit {
  readonly delimiter: Delimiter;
  /** Records with the usual number of fields and every quote where a field starts or ends. */
  readonly clean: number;
  /** The usual number of fields. */
  readonly columns: number;
}

/** The delimiter that fits the sample best, or null when none gives two columns. */
function guessDelimiter(sample: string, cut: boolean): Delimiter | null {
  let best: Fit | null = null;
  for (const delimiter of DELIMITERS) {
    const fit = fitOf(sample, delimiter, cut);
    if (fit.columns < 2) continue;
    if (!best || fit.clean > best.clean || (fit.clean === best.clean && fit.columns > best.columns)) best = fit;
  }
  return best?.delimiter ?? null;
}

function fitOf(sample: string, delimiter: Delimiter, cut: boolean): Fit {
  const counts: number[] = [];
  const stray: boolean[] = [];
  scanRecords(sample, 0, delimiter, (fields, strayQuote) => {
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) {
      counts.push(fields.length);
      stray.push(strayQuote);
    }
    return counts.length < SAMPLE_RECORDS;
  });
  // A sample cut from a longer text may end inside a record: that record says nothing.
  if (cut && counts.length > 1) {
    counts.pop();
    stray.pop();
  }
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let columns = 0;
  let most = 0;
  for (const [count, times] of tally) {
    if (times > most || (times === most && count > columns)) [columns, most] = [count, times];
  }
  const clean = counts.filter((count, i) => count === columns && !stray[i]).length;
  return { delimiter, clean, columns };
}

/**
 * Calls `onRecord` with each record's fields until it returns false or the text ends, and
 * whether a quote stood out of place: inside an unquoted field, or a closing quote followed by
 * more text — what splitting at the wrong delimiter produces.
 */
function scanRecords(
  text: string,
  from: number,
  delimiter: Delimiter,
  onRecord: (fields: string[], strayQuote: boolean) => boolean,
  onField?: () => void,
): void {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let i = from;
  let fields: string[] = [];
  let stray = false;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = quotedField(text, i + 1);
      const rest = fieldEnd(text, quoted.end, sep);
      if (rest > quoted.end) stray = true;
      value = quoted.value + text.slice(quoted.end, rest);
      i = rest;
    } else {
      const end = fieldEnd(text, i, sep);
      value = text.slice(i, end);
      if (!stray && value.includes('"')) stray = true;
      i = end;
    }
    fields.push(value);
    if (value !== '' && onField) onField();
    const c = i < n ? text.charCodeAt(i) : LF;
    i++;
    if (c === sep) {
      if (i >= n) fields.push('');
      else continue;
    } else if (c === CR && i < n && text.charCodeAt(i) === LF) i++;
    if (!onRecord(fields, stray)) return;
    fields = [];
    stray = false;
  }
}

/** A quoted field's text from just after its opening quote, and where its closing quote ends. */
function quotedField(text: string, from: number): { value: string; end: number } {
  let value = '';
  let i = from;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return { value: value + text.slice(i), end: text.length };
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += text.slice(i, close + 1);
      i = close + 2;
      continue;
    }
    return { value: value + text.slice(i, close), end: close + 1 };
  }
}

/** Where an unquoted field (or what follows a closing quote) ends: at the delimiter or a line break. */
function fieldEnd(text: string, from: number, sep: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === sep || c === LF || c === CR) break;
    i++;
  }
  return i;
}
