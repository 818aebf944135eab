import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', '..', 'src');
const OTHER = join(SRC, 'xlsx', 'other-formats');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `import … from '…'` that is not `import type`, as [file, module]. */
function valueImports(files: readonly string[]): [string, string][] {
  const found: [string, string][] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) found.push([relative(SRC, file), m[1]]);
  }
  return found;
}

describe('loading the other formats only when a file needs them', () => {
  it('imports SheetJS only through the dynamic import in load-sheetjs.ts (types aside)', () => {
    const files = sources(OTHER);
    expect(valueImports(files).filter(([, module]) => module.startsWith('@e965/xlsx') || module === 'xlsx')).toEqual([]);
    const dynamic = files.filter((f) => /import\(\s*'@e965\/xlsx'\s*\)/.test(readFileSync(f, 'utf8'))).map((f) => relative(OTHER, f));
    expect(dynamic).toEqual(['load-sheetjs.ts']);
  });

  it('is imported by nothing outside its folder but with import()', () => {
    const outside = sources(SRC).filter((f) => !f.startsWith(OTHER));
    expect(valueImports(outside).filter(([, module]) => module.includes('other-formats/'))).toEqual([]);
  });
});
