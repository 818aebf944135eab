import { stripNumbering } from '../document/strip-numbering';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CHINESE = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

/** How an item's typed number looks: 1、 1. （1） ① 一、, and what number it has. */
interface Numbering {
  readonly style: 'arabic' | 'bracket' | 'circled' | 'chinese';
  readonly n: number;
}

/** What people type to say "nothing here". */
const NOTHING = /^(?:[-—–―~_/\\.·…=*]+|无|暂无)$/;

/**
 * The items of a matrix cell: split on line breaks, on ；/; and on the numbering typed into it
 * (1、 2. （3） ①, even with no space before the next number), never on the 、 inside an item
 * ("慰问困难职工、离退休老同志" is one item). Numbering splits only in sequence: a cell that starts
 * with 1、 splits before 2、, then 3、 and so on, so a number inside the text ("评选10名…", "3.8妇女节")
 * stays. Each item loses its numbering and the separators around it; placeholders (—, /, 无) are no items.
 *
 * @example
 * splitCellItems('1、学习文件\n2、组织体检；3、慰问困难职工、离退休老同志')
 * //=> ['学习文件', '组织体检', '慰问困难职工、离退休老同志']
 * splitCellItems('①元旦联欢②春节慰问') //=> ['元旦联欢', '春节慰问']
 * splitCellItems('3.8妇女节活动') //=> ['3.8妇女节活动']
 */
export function splitCellItems(text: string): string[] {
  const items: string[] = [];
  for (const piece of text.split(/\r\n|\r|\n|[；;]/)) {
    for (const part of splitNumbered(piece.trim())) {
      const item = stripNumbering(part).replace(/^[\s，,、。]+|[\s，,、；;]+$/g, '');
      if (item !== '' && !NOTHING.test(item)) items.push(item);
    }
  }
  return items;
}

/** A piece that starts with numbering, cut before each next number in sequence. */
function splitNumbered(piece: string): string[] {
  const first = leadingNumbering(piece);
  if (first === null) return [piece];
  const parts: string[] = [];
  let rest = piece;
  for (let n = first.n + 1; ; n++) {
    const at = nextNumber(rest, first.style, n);
    if (at < 0) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts;
}

function leadingNumbering(text: string): Numbering | null {
  const circled = CIRCLED.indexOf(text.charAt(0));
  if (circled >= 0) return { style: 'circled', n: circled + 1 };
  let m = /^[(（]\s*(\d{1,2})\s*[)）]/.exec(text);
  if (m) return { style: 'bracket', n: Number(m[1]) };
  m = /^(\d{1,2})\s*[、.．)）](?!\d)/.exec(text);
  if (m) return { style: 'arabic', n: Number(m[1]) };
  const numeral = /^([一二三四五六七八九十]{1,3})、/.exec(text)?.[1];
  if (numeral !== undefined && CHINESE.includes(numeral)) return { style: 'chinese', n: CHINESE.indexOf(numeral) + 1 };
  return null;
}

/** The patterns of next numbers, made once each: cells are many, numbers few. */
const PATTERNS = new Map<string, RegExp>();

/** Where number `n` of a numbering style starts in `text` (after its first character), or -1. */
function nextNumber(text: string, style: Numbering['style'], n: number): number {
  if (style === 'circled') {
    const mark = n <= CIRCLED.length ? CIRCLED[n - 1] : undefined;
    return mark === undefined ? -1 : text.indexOf(mark, 1);
  }
  if (style === 'chinese' && n > CHINESE.length) return -1;
  const key = `${style}${n}`;
  let pattern = PATTERNS.get(key);
  if (pattern === undefined) {
    if (style === 'bracket') pattern = new RegExp(`[(（]\\s*${n}\\s*[)）]`, 'g');
    else if (style === 'arabic') pattern = new RegExp(`(?<![\\d.．])${n}\\s*[、.．)）](?!\\d)`, 'g');
    else pattern = new RegExp(`(?<![一二三四五六七八九十])${CHINESE[n - 1]}、`, 'g');
    if (PATTERNS.size >= 256) PATTERNS.clear();
    PATTERNS.set(key, pattern);
  }
  pattern.lastIndex = 1;
  const m = pattern.exec(text);
  return m ? m.index : -1;
}
