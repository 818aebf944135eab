import { casesOf, exampleHolds } from './jsdoc-examples';

/** The runner of core's examples is only as good as its failures: these must fail. */
const scope = {
  twice: (x: unknown) => [x, x],
  range: (n: number) => Array.from({ length: n }, (_, i) => i + 1),
  hello: () => 'Hello, world',
};
const holds = (expression: string, expected: string): boolean => {
  const { actual, expected: want } = exampleHolds({ setup: [], expression, expected }, scope);
  return JSON.stringify(actual) === JSON.stringify(want);
};

describe('running an @example', () => {
  it('compares the whole result', () => {
    const results = [holds("twice('a')", "['a', 'a']"), holds("twice('a')", "['a']"), holds("twice('a')", "['a', 'b']")];
    expect(results).toEqual([true, false, false]);
  });

  it('lets … stand only for what is left out', () => {
    expect([
      holds('range(5)', '[1, 2, …]'),
      holds('range(5)', '[1, …, 5]'),
      holds('range(5)', '[2, …]'),
      holds('range(5)', '[1, …, 4]'),
      holds('({ a: 1, b: 2 })', '{ a: 1, … }'),
      holds('({ a: 1, b: 2 })', '{ a: 2, … }'),
      holds('({ a: 1, b: 2 })', '{ a: 1 }'),
      holds('hello()', "'Hello, …'"),
      holds('hello()', "'Hi, …'"),
    ]).toEqual([true, true, false, false, true, false, false, true, false]);
  });

  it('fails an example whose calls are not code or name something unknown', () => {
    expect(() => holds('range(…)', '[]')).toThrow(SyntaxError);
    expect(() => holds('nowhere(1)', '1')).toThrow(ReferenceError);
  });

  it('reads the lines of a block: setup, a call, and a result continued on // lines', () => {
    expect(casesOf('f.ts', { line: 3, lines: ['const x = 2', 'twice(x)', '//=> [2,', '//   2]'] })).toEqual([
      { file: 'f.ts', line: 5, setup: ['const x = 2'], expression: 'twice(x)', expected: '[2,\n   2]' },
    ]);
    expect(() => casesOf('f.ts', { line: 3, lines: ['twice(1)'] })).toThrow('example lines with no //=> result');
  });
});
