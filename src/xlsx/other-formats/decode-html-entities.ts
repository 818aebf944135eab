/**
 * The named references that exported tables use. A no-break space becomes a plain space: an
 * OA system writes `&nbsp;` to keep an empty cell's border, and a spreadsheet cell of spaces is empty.
 */
const NAMED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ensp: ' ',
    emsp: ' ',
    thinsp: ' ',
    shy: '',
    middot: '·',
    bull: '•',
    hellip: '…',
    mdash: '—',
    ndash: '–',
    ldquo: '“',
    rdquo: '”',
    lsquo: '‘',
    rsquo: '’',
    laquo: '«',
    raquo: '»',
    times: '×',
    divide: '÷',
    plusmn: '±',
    deg: '°',
    yen: '¥',
    cent: '¢',
    pound: '£',
    euro: '€',
    copy: '©',
    reg: '®',
    trade: '™',
    sect: '§',
    para: '¶',
    permil: '‰',
    larr: '←',
    rarr: '→',
    uarr: '↑',
    darr: '↓',
    radic: '√',
    infin: '∞',
    ne: '≠',
    le: '≤',
    ge: '≥',
    alpha: 'α',
    beta: 'β',
  }),
);

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,15}));/g;

/**
 * Text with HTML character references replaced: decimal and hexadecimal ones (Java and .NET
 * systems write every Chinese character as `&#20013;` when their page's charset lacks it) and
 * the named ones exports use. A reference to no character becomes U+FFFD, as in a browser;
 * an unknown name stays as written.
 *
 * @example
 * decodeHtmlEntities('&#20013;&#x6587;&nbsp;&amp;&foo;') //=> '中文 &&foo;'
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED.get(name) ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}
