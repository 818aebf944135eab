import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { escapeAttribute, escapeText, unescapeXml } from '../../../src/xlsx/package/xml-text';
import { anyString, trickyString } from '../../helpers/strings';

/** What a conforming XML parser (saxes) reads from an element's text and an attribute. */
function parse(xml: string): { text: string; attribute: string } {
  const parser = new SaxesParser();
  let text = '';
  let attribute = '';
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 't') attribute = String(tag.attributes.a ?? '');
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return { text, attribute };
}

describe('escapeText, escapeAttribute and unescapeXml', () => {
  it('escape markup, keep CR, and write what XML cannot hold the way Excel does', () => {
    expect([
      escapeText('a<b & c>d "e"'),
      escapeText('_x0041_ and _x'),
      escapeText('铃\u0007 \uD800 \uFFFF'),
      escapeText('a\r\nb\tc'),
      escapeAttribute('他说"好"\n\t'),
    ]).toEqual([
      'a&lt;b &amp; c&gt;d "e"',
      '_x005F_x0041_ and _x',
      '铃_x0007_ _xD800_ _xFFFF_',
      'a&#13;\nb\tc',
      '他说&quot;好&quot;&#10;&#9;',
    ]);
  });

  it('unescape entities, character references and _xHHHH_', () => {
    expect(unescapeXml('&lt;&amp;&gt;&quot;&apos; &#x41;&#66; _x005F_x0041_ _x0007_ _x00e9_')).toBe('<&>"\' AB _x0041_ \u0007 é');
  });

  it('give back any string, through a conforming XML parser, as element text and as an attribute', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, trickyString, fc.string({ unit: 'binary' })), (s) => {
        const read = parse(`<t a="${escapeAttribute(s)}">${escapeText(s)}</t>`);
        expect([unescapeXml(read.text), unescapeXml(read.attribute)]).toEqual([s, s]);
      }),
      { numRuns: 300 },
    );
  });
});
