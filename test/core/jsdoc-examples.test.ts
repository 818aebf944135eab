import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_GIVENS } from './jsdoc-examples.givens';
import { casesOf, exampleBlocks, exampleHoldsAwaited } from '../helpers/jsdoc-examples';

/**
 * The `@example` lines of core's JSDoc, run: each line (or lines) of calls ending in
 * `//=> result` is evaluated against the exports of core and compared, as a whole, with the
 * result written after `//=>`. A `…` in the result stands for what the example leaves out:
 * the rest of an array (`[a, …]`, or its middle: `[9, …, 8]`), the other keys of an object
 * (`{ a: 1, … }`), or the rest of a string (`'Note: …'`). Names an example uses without
 * defining (`grid`, `analysis`) come from ./jsdoc-examples.givens, per file; any other
 * unknown name fails the example, so every example either runs or is fixed.
 */

const CORE = path.resolve(__dirname, '../../src/core');

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return coreFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every export of core, by name: examples call across files (`renderText(buildDocument(analysis))`). */
function coreScope(files: readonly string[]): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const file of files) {
    for (const [name, value] of Object.entries(jest.requireActual<Record<string, unknown>>(file))) {
      if (name in scope && scope[name] !== value) throw new Error(`two core files export ${name}`);
      scope[name] = value;
    }
  }
  return scope;
}

const files = coreFiles(CORE).sort();
const examples = files.flatMap((file) =>
  exampleBlocks(readFileSync(file, 'utf8')).flatMap((block) => casesOf(path.relative(CORE, file), block)),
);
const scope = coreScope(files);

describe('the @example lines of core’s JSDoc', () => {
  it('are many, and every given is used by a file that has examples', () => {
    expect(examples.length).toBeGreaterThan(140);
    const withExamples = new Set(examples.map((e) => e.file));
    expect(Object.keys(EXAMPLE_GIVENS).filter((file) => !withExamples.has(file))).toEqual([]);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.expression}`, e] as const))('%s', async (_name, example) => {
    const given = { ...scope, ...(EXAMPLE_GIVENS[example.file]?.() ?? {}) };
    const { actual, expected } = await exampleHoldsAwaited(example, given);
    expect(actual).toEqual(expected);
  });
});
