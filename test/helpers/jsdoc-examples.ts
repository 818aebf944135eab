import ts from 'typescript';

/** Reading and running the `@example` lines of JSDoc (see test/core/jsdoc-examples.test.ts). */

/** Stands for a `…` in an expected result. */
export const REST = '…(left out)…';

export interface Example {
  readonly file: string;
  readonly line: number;
  /** Statements before the expression, in the same block (`const result = …`). */
  readonly setup: readonly string[];
  readonly expression: string;
  readonly expected: string;
}

/** Every @example block of a file, as its lines with the comment's `*` taken off, and where it starts. */
export function exampleBlocks(source: string): { line: number; lines: string[] }[] {
  const blocks: { line: number; lines: string[] }[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (comment[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const startLine = source.slice(0, comment.index).split('\n').length;
    let block: { line: number; lines: string[] } | null = null;
    lines.forEach((l, i) => {
      if (l.startsWith('@example')) {
        block = { line: startLine + i + 1, lines: [] };
        blocks.push(block);
      } else if (l.startsWith('@')) block = null;
      else if (block !== null && l.trim() !== '') block.lines.push(l);
    });
  }
  return blocks;
}

/** The cases of a block: each `//=>` ends one, and `//` lines right after it continue its result. */
export function casesOf(file: string, block: { line: number; lines: string[] }): Example[] {
  const examples: Example[] = [];
  const setup: string[] = [];
  let pending: string[] = [];
  for (let i = 0; i < block.lines.length; i++) {
    const l = block.lines[i] ?? '';
    const at = l.indexOf('//=>');
    if (at < 0) {
      pending.push(l);
      continue;
    }
    const code = l.slice(0, at).trim();
    const lines = code === '' ? pending : [...pending, code];
    let expected = l.slice(at + 4);
    const line = block.line + i;
    while (/^\s*\/\/(?!=>)/.test(block.lines[i + 1] ?? '')) expected += `\n${(block.lines[++i] ?? '').replace(/^\s*\/\//, '')}`;
    const expression = lines[lines.length - 1] ?? '';
    setup.push(...lines.slice(0, -1));
    examples.push({ file, line, setup: [...setup], expression, expected: expected.trim() });
    pending = [];
  }
  if (pending.length > 0) throw new Error(`${file}:${block.line}: example lines with no //=> result: ${pending.join(' ')}`);
  return examples;
}

/** `…` outside string literals becomes the REST placeholder's name. */
export function markRests(expected: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < expected.length; i++) {
    const ch = expected.charAt(i);
    if (quote !== null) {
      out += ch;
      if (ch === '\\') out += expected.charAt(++i);
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
      out += ch;
    } else out += ch === '…' ? '__REST__' : ch;
  }
  return out;
}

export function evaluate(statements: readonly string[], expression: string, scope: Readonly<Record<string, unknown>>): unknown {
  // An example that awaits (`await resolveSchedule(…)`) runs as an async function; its value is then a promise.
  const awaits = /\bawait\b/.test([...statements, expression].join('\n'));
  const source = `${awaits ? 'async ' : ''}function __example__() {\n${statements.join('\n')}\nreturn (${expression});\n}`;
  const output = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None },
    reportDiagnostics: true,
  });
  // A `…` in the calls, or any other text that is not code, is a syntax error, not something to skip.
  const problems = (output.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (problems.length > 0) throw new SyntaxError(`${problems.join('; ')} in: ${statements.join('; ')} ${expression}`);
  const js = output.outputText;
  const names = Object.keys(scope);
  return new Function(...names, `${js}\nreturn __example__();`)(...names.map((n) => scope[n]));
}

/** `actual` cut to the shape of `expected` where `expected` leaves something out, so that toEqual compares the rest. */
export function shapeLike(actual: unknown, expected: unknown): unknown {
  if (typeof expected === 'string' && expected.endsWith('…') && typeof actual === 'string') {
    return actual.startsWith(expected.slice(0, -1)) ? expected : actual;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const k = expected.indexOf(REST);
    if (k < 0) return actual.length === expected.length ? actual.map((a, i) => shapeLike(a, expected[i])) : actual;
    const tail = expected.length - k - 1;
    if (actual.length < k + tail) return actual;
    const kept = [...actual.slice(0, k), REST, ...actual.slice(actual.length - tail)];
    return kept.map((a, i) => (i === k ? REST : shapeLike(a, expected[i])));
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null && !Array.isArray(actual)) {
    const want = expected as Record<string, unknown>;
    const have = actual as Record<string, unknown>;
    const keys = '__REST__' in want ? Object.keys(want).filter((k) => k !== '__REST__') : Object.keys(have);
    const out: Record<string, unknown> = {};
    for (const key of keys) if (key in have) out[key] = shapeLike(have[key], want[key]);
    if ('__REST__' in want) out.__REST__ = REST;
    return out;
  }
  return actual;
}

/** Whether an example holds: its expression, run, equals its result where the result does not leave something out. */
export function exampleHolds(
  example: Pick<Example, 'setup' | 'expression' | 'expected'>,
  scope: Readonly<Record<string, unknown>>,
): { actual: unknown; expected: unknown } {
  const actual = evaluate(example.setup, example.expression, scope);
  const expected = evaluate([], markRests(example.expected), { ...scope, __REST__: REST });
  return { actual: shapeLike(actual, expected), expected };
}

/** `exampleHolds` for an example that may await: its value is awaited before it is compared. */
export async function exampleHoldsAwaited(
  example: Pick<Example, 'setup' | 'expression' | 'expected'>,
  scope: Readonly<Record<string, unknown>>,
): Promise<{ actual: unknown; expected: unknown }> {
  const actual = await evaluate(example.setup, example.expression, scope);
  const expected = evaluate([], markRests(example.expected), { ...scope, __REST__: REST });
  return { actual: shapeLike(actual, expected), expected };
}
