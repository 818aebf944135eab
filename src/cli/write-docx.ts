import type { DocModel } from '../core/document/doc-model';
import { renderDocx } from '../docx/render-docx';
import { writeWhole } from './output-file';

/**
 * Writes the document as a .docx file for `plansheet doc --format docx -o OUT`.
 * The whole file is built in memory and written through a temporary file, so a failure leaves no half-written file.
 *
 * @example
 * await writeDocx(buildDocument(analysis, { unit: '××学校工会' }), '工作计划.docx')
 */
export async function writeDocx(doc: DocModel, outPath: string): Promise<void> {
  const bytes = await renderDocx(doc);
  await writeWhole(outPath, bytes);
}
