import fc from 'fast-check';
import { PortError } from '../../../src/core/ports/workbook-port';
import { decodeEntities, XmlTokenizer, type XmlHandler } from '../../../src/xlsx/read/xml-tokenizer';

type Event = readonly (string | Record<string, string>)[];

/** Every event, with every attribute of each start tag; text is captured inside elements named in `capture`. */
function events(pieces: readonly string[], capture: readonly string[] = ['t', 'v']): Event[] {
  const seen: Event[] = [];
  const handler: XmlHandler = {
    open(name, t) {
      const attrs: Record<string, string> = {};
      while (t.nextAttr()) attrs[t.attrName()] = t.text();
      seen.push(['open', name, attrs]);
      if (capture.includes(name)) t.capture = true;
    },
    close(name, t) {
      seen.push(['close', name]);
      t.capture = false;
    },
    text(t) {
      const last = seen[seen.length - 1];
      // A text node may come in pieces (CDATA); joined here, so that any split reads the same.
      if (last?.[0] === 'text') seen[seen.length - 1] = ['text', `${last[1]}${t.text()}`];
      else seen.push(['text', t.text()]);
    },
  };
  const tokenizer = new XmlTokenizer(handler);
  for (const piece of pieces) tokenizer.write(new TextEncoder().encode(piece));
  tokenizer.end();
  return seen;
}

function problemOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof PortError ? error.problem : error;
  }
  return null;
}

const SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- 共享字符串 -->' +
  '<x:sst xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" count=\'2\'>' +
  '<x:si><x:t xml:space="preserve"> A &amp; B &lt;三月&gt; &#x4E00;&#20108; </x:t></x:si>' +
  '<x:si><x:r><x:t><![CDATA[<十>]]>月</x:t></x:r></x:si><?pi ignored?></x:sst>';

describe('XmlTokenizer', () => {
  it('reports local names, every attribute, and the text of captured elements with entities decoded', () => {
    expect(events([SST])).toEqual([
      ['open', 'sst', { 'xmlns:x': 'http://purl.oclc.org/ooxml/spreadsheetml/main', count: '2' }],
      ['open', 'si', {}],
      ['open', 't', { 'xml:space': 'preserve' }],
      ['text', ' A & B <三月> 一二 '],
      ['close', 't'],
      ['close', 'si'],
      ['open', 'si', {}],
      ['open', 'r', {}],
      ['open', 't', {}],
      ['text', '<十>月'],
      ['close', 't'],
      ['close', 'r'],
      ['close', 'si'],
      ['close', 'sst'],
    ]);
  });

  it('reads the same events however the bytes are split, even inside a character or a tag', () => {
    const bytes = new TextEncoder().encode(SST);
    const whole = events([SST]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
        const seen: Event[] = [];
        const tokenizer = new XmlTokenizer(recorder(seen));
        for (let i = 0; i + 1 < points.length; i++) tokenizer.write(bytes.subarray(points[i], points[i + 1]));
        tokenizer.end();
        expect(seen).toEqual(whole);
      }),
    );
  });

  it('gives back any text written escaped in an element or attribute, line ends and white space as XML reads them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
        const escaped = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const attribute = clean.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        const seen = events([`<si><t a="${attribute}">${escaped}</t></si>`]);
        expect(seen).toEqual([
          ['open', 'si', {}],
          ['open', 't', { a: clean.replace(/\r\n|[\r\n\t]/g, ' ') }],
          ...(clean === '' ? [] : [['text', clean.replace(/\r\n?/g, '\n')]]),
          ['close', 't'],
          ['close', 'si'],
        ]);
      }),
    );
  });

  it('makes every line end \\n (XML 1.0, 2.11), but keeps a carriage return written as &#13;', () => {
    expect(events(['<t a="x\r\ny\tz">1\r\n2\r3&#13;\n4</t>'])).toEqual([
      ['open', 't', { a: 'x y z' }],
      ['text', '1\n2\n3\r\n4'],
      ['close', 't'],
    ]);
  });

  it('finds an attribute by its local name whatever its prefix, and a > inside a quoted value', () => {
    const found: (string | null)[] = [];
    const tokenizer = new XmlTokenizer({
      open: (_name, t) => found.push(t.attr('id', true), t.attr('name'), t.attr('missing')),
      close() {},
      text() {},
    });
    tokenizer.write(new TextEncoder().encode(`<sheet name='a>b "c"' d3p1:id="rId7"/>`));
    tokenizer.end();
    expect(found).toEqual(['rId7', 'a>b "c"', null]);
  });

  it('parses numbers from the bytes', () => {
    const numbers: number[] = [];
    const tokenizer = new XmlTokenizer({
      open: (name, t) => (t.capture = name === 'v'),
      close: (_n, t) => (t.capture = false),
      text: (t) => numbers.push(t.textNumber()),
    });
    const values = ['0', '45778', '-1.5E+3', '0.1', ' 7 ', '1&#x30;', '12abc', '123456789012345678'];
    tokenizer.write(new TextEncoder().encode(`<row>${values.map((v) => `<v>${v}</v>`).join('')}</row>`));
    tokenizer.end();
    expect(numbers).toEqual([0, 45778, -1500, 0.1, 7, 10, NaN, 123456789012345680]);
  });

  it.each([
    ['a document type declaration', '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaa">]><sst>&a;</sst>', { code: 'file_unsafe' }],
    ['an entity declared outside a DTD', '<sst><!ENTITY a SYSTEM "file:///etc/passwd"></sst>', { code: 'file_unsafe' }],
    ['a reference to an undeclared entity', '<sst><si><t>&nbsp;</t></si></sst>', { code: 'file_damaged' }],
    ['a part cut short', '<sst><si><t>三月</t></si>', { code: 'file_damaged' }],
    ['a tag cut short', '<sst><si', { code: 'file_damaged' }],
    ['an end tag that closes the wrong element', '<sst><si></t></sst>', { code: 'file_damaged' }],
    ['two root elements', '<sst/><sst/>', { code: 'file_damaged' }],
    ['no root element', '<?xml version="1.0"?>', { code: 'file_damaged' }],
  ])('refuses %s', (_label, xml, problem) => {
    expect(problemOf(() => events([xml]))).toEqual(problem);
  });

  it('refuses a tag longer than 4 MB instead of holding it', () => {
    const tokenizer = new XmlTokenizer(recorder([]));
    const spaces = new Uint8Array(1 << 20).fill(32);
    expect(
      problemOf(() => {
        tokenizer.write(new TextEncoder().encode('<sst a="1"'));
        for (let i = 0; i < 5; i++) tokenizer.write(spaces);
      }),
    ).toEqual({ code: 'file_damaged' });
  });

  it('skips text nobody asked for without keeping it, however long', () => {
    const tokenizer = new XmlTokenizer(recorder([]));
    const spaces = new Uint8Array(1 << 20).fill(32);
    tokenizer.write(new TextEncoder().encode('<sst>'));
    for (let i = 0; i < 8; i++) tokenizer.write(spaces);
    tokenizer.write(new TextEncoder().encode('</sst>'));
    expect(() => tokenizer.end()).not.toThrow();
  });
});

describe('decodeEntities', () => {
  it('replaces the five predefined entities and character references', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x1F600;')).toBe('<>&"\'A😀');
  });
});

function recorder(seen: Event[]): XmlHandler {
  return {
    open(name, t) {
      const attrs: Record<string, string> = {};
      while (t.nextAttr()) attrs[t.attrName()] = t.text();
      seen.push(['open', name, attrs]);
      if (name === 't' || name === 'v') t.capture = true;
    },
    close(name, t) {
      seen.push(['close', name]);
      t.capture = false;
    },
    text(t) {
      const last = seen[seen.length - 1];
      if (last?.[0] === 'text') seen[seen.length - 1] = ['text', `${last[1]}${t.text()}`];
      else seen.push(['text', t.text()]);
    },
  };
}
