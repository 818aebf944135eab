import JSZip from 'jszip';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The demo's outputs (in test/fixtures/golden/ since before the restructuring of issue 14). */
export const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'golden');

const ZIPPED = /\.(docx|xlsx)$/;
/** The only bytes that differ between two runs on the same input: the document's creation time. */
const TIMESTAMP = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g;

/**
 * Every file of the demo's output folder, with each .docx and .xlsx opened into its parts
 * (`工作计划.docx/word/document.xml`): the zip's own bytes carry write times, the parts do not,
 * except for core.xml's creation time, which is masked.
 */
export async function expandOutputs(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) {
    const bytes = await readFile(join(dir, name));
    if (!ZIPPED.test(name)) {
      files.set(name, bytes);
      continue;
    }
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
      let part = Buffer.from(await entry.async('uint8array'));
      if (entry.name === 'docProps/core.xml') part = Buffer.from(part.toString('utf8').replace(TIMESTAMP, '$1…$2'), 'utf8');
      files.set(`${name}/${entry.name}`, part);
    }
  }
  return files;
}

/** The golden folder as the same map (its zips are stored already opened, as folders of parts). */
export async function readGolden(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), path);
      else files.set(path, await readFile(join(dir, entry.name)));
    }
  };
  await walk(GOLDEN_DIR, '');
  return files;
}
