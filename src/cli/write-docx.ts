import type { DocModel } from '../core/document/doc-model';
import type { DocxAdapter } from './adapters';
import { writeWhole } from './output-file';

/**
 * Writes the document as a .docx file for `plansheet doc --format docx -o OUT`.
 * The whole file is built in memory and written through a temporary file, so a failure leaves no half-written file.
 *
 * @example
 * await writeDocx(buildDocument(analysis, { unit: '××学校工会' }), '工作计划.docx', await adapters.docx())
 */
export async function writeDocx(doc: DocModel, outPath: string, docx: DocxAdapter): Promise<void> {
  const bytes = await docx.renderDocx(doc);
  await writeWhole(outPath, bytes);
}
