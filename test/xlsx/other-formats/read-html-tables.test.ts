import { decodeHtmlEntities } from '../../../src/xlsx/other-formats/decode-html-entities';
import { readHtmlTables } from '../../../src/xlsx/other-formats/read-html-tables';
import { scanHtml } from '../../../src/xlsx/other-formats/scan-html';
import { READ_LIMITS } from '../../../src/xlsx/read-limits';

const page = (html: string) => readHtmlTables(new TextEncoder().encode(html), READ_LIMITS);

describe('readHtmlTables', () => {
  it('places cells after the ones that span down from above, and across colspans', () => {
    const data = page(
      '<table><tr><td rowspan=2 colspan=2>A</td><td>B</td></tr><tr><td>C</td></tr>' +
        '<tr><td>D</td><td rowspan="2">E</td><td>F</td></tr><tr><td>G</td><td>H</td></tr></table>',
    );
    expect(data.sheets).toEqual([
      {
        sheetName: 'Sheet1',
        rows: [
          { row: 0, cols: [0, 2], values: ['A', 'B'] },
          { row: 1, cols: [2], values: ['C'] },
          { row: 2, cols: [0, 1, 2], values: ['D', 'E', 'F'] },
          { row: 3, cols: [0, 2], values: ['G', 'H'] },
        ],
        merges: [
          { top: 0, left: 0, bottom: 1, right: 1 },
          { top: 2, left: 1, bottom: 3, right: 1 },
        ],
      },
    ]);
  });

  it('shows cell text as a browser does: markup dropped, spaces collapsed, <br> and </p> as line breaks', () => {
    const html =
      '<table><tr><td>\n  <b>庆</b>“三八”\n  活动 </td><td><p>第一段</p><p>第二段</p></td><td>上午<br/>下午<BR></td></tr></table>';
    const [sheet] = page(html).sheets;
    expect(sheet.rows).toEqual([{ row: 0, cols: [0, 1, 2], values: ['庆“三八” 活动', '第一段\n第二段', '上午\n下午'] }]);
  });

  it('makes each table with values a sheet, a table inside a cell included, and drops an empty layout table', () => {
    const data = page(
      '<table><tr><td><table><caption>活动安排</caption><tr><td>月份</td><td>活动</td></tr></table></td></tr></table>' +
        '<h1>Sheet 2: <em>说明</em></h1><table><tr><td>填表说明</td></tr></table><table><tr><td>&nbsp;</td></tr></table>',
    );
    expect(data.sheets.map((s) => [s.sheetName, s.rows])).toEqual([
      ['活动安排', [{ row: 0, cols: [0, 1], values: ['月份', '活动'] }]],
      ['说明', [{ row: 0, cols: [0], values: ['填表说明'] }]],
    ]);
  });

  it('reads cells whose end tags were left out, and rows without <tr>', () => {
    expect(page('<table><td>1<td>2<tr><td>3<td>4</table>').sheets[0].rows).toEqual([
      { row: 0, cols: [0, 1], values: [1, 2] },
      { row: 1, cols: [0, 1], values: [3, 4] },
    ]);
  });

  it('skips scripts, styles and comments, even ones that hold a table', () => {
    const data = page(
      '<script>document.write("<table><tr><td>no</td></tr></table>")</script><!-- <table><tr><td>no</td></tr></table> -->' +
        '<style>td{}</style><table><tr><td>yes</td><td>1</td></tr></table>',
    );
    expect(data.sheets.map((s) => s.rows)).toEqual([[{ row: 0, cols: [0, 1], values: ['yes', 1] }]]);
  });

  it("names sheets from Excel's x:Name list only when it names every table, and never twice the same", () => {
    const three =
      '<table><tr><td>a</td></tr></table><table><caption>a</caption><tr><td>b</td></tr></table>' +
      '<table><caption>a</caption><tr><td>c</td></tr></table>';
    const oneName = page(`<x:Name>活动安排</x:Name>${three}`).sheetNames;
    const threeNames = page(`<x:Name>一</x:Name><x:Name>二</x:Name><x:Name>三</x:Name>${three}`).sheetNames;
    expect([oneName, threeNames]).toEqual([
      ['Sheet1', 'a', 'a (2)'],
      ['一', '二', '三'],
    ]);
  });

  it("honours a GBK page's meta charset", () => {
    // <meta charset=gbk><table><tr><td>月份</td></tr></table>, 月份 in GBK
    const head = new TextEncoder().encode('<meta charset=gbk><table><tr><td>');
    const tail = new TextEncoder().encode('</td><td>x</td></tr></table>');
    const bytes = new Uint8Array([...head, 0xd4, 0xc2, 0xb7, 0xdd, ...tail]);
    expect(readHtmlTables(bytes, READ_LIMITS).sheets[0].rows[0].values).toEqual(['月份', 'x']);
  });

  it('takes linear time on a page of unclosed comments and quotes', () => {
    const hostile = `<table><tr><td title="${'<!--'.repeat(50_000)}>x</td><td>y</td></tr></table>${'<td a="'.repeat(20_000)}`;
    expect(page(hostile).sheets[0].rows[0].values).toEqual(['x', 'y']);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes numeric and named references, and leaves unknown ones', () => {
    const decoded = decodeHtmlEntities('&#20013;&#x6587;&nbsp;&amp;&lt;&ldquo;&hellip;&constructor;&#0;&#xD800;');
    expect(decoded).toBe('中文 &<“…&constructor;\uFFFD\uFFFD');
  });
});

describe('scanHtml', () => {
  it('gives tags with their attributes, text between them, and a stray < as text', () => {
    const seen: string[] = [];
    scanHtml('<TD class="a>b" rowspan=2>1 < 2</td><!doctype html><?xml x?>', {
      tag: (name, closing, attributes) => seen.push(`${closing ? '/' : ''}${name}${attributes}`),
      text: (raw) => seen.push(`"${raw}"`),
    });
    expect(seen).toEqual(['td class="a>b" rowspan=2', '"1 "', '"<"', '" 2"', '/td']);
  });
});
