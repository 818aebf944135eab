import { extname } from 'node:path';
import { buildDocument } from '../../core/document/build-document';
import { docOptionsFromSettings } from '../../core/settings/doc-options-from-settings';
import { DOC_KEYS } from '../../core/settings/setting-fields';
import { renderMarkdown } from '../../core/document/render-markdown';
import { renderText } from '../../core/document/render-text';
import type { DocOptions } from '../../core/document/doc-model';
import type { CliAdapters } from '../adapters';
import type { Io } from '../io';
import { loadSchedule } from '../load-schedule';
import { isSameFile, writeWhole } from '../output-file';
import type { CliOptions, DocFormat } from '../parse-args';
import { strings } from '../../core/words/cli-words';
import { writeDocx } from '../write-docx';
import { countIssues } from '../../core/issues/count-issues';

/**
 * `plansheet doc FILE.xlsx`: the plan or summary as text, Markdown or .docx.
 * Exit 0 when the document was written, whatever gaps the sheet has (they are
 * mentioned on stderr); 2 when the input cannot be used.
 */
export async function runDoc(options: CliOptions, io: Io, adapters: CliAdapters): Promise<number> {
  const t = strings(options.lang);
  const file = options.files[0];
  const format: DocFormat = options.format ?? formatFromName(options.out);
  if (format === 'docx' && !options.out) {
    io.stderr(`${t.docxNeedsOut}\n`);
    return 2;
  }
  if (options.out && (await isSameFile(file, options.out))) {
    io.stderr(`${t.sameAsInput}\n`);
    return 2;
  }
  const loaded = await loadSchedule(file, options, adapters);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n`);
    return 2;
  }
  const { analysis, settings } = loaded;
  // The document fields given on the command line go over the ones the workbook keeps, read by the same rule.
  const given = Object.fromEntries(DOC_KEYS.flatMap((key) => (options[key] ? [[key, options[key]]] : [])));
  const docOptions: DocOptions = {
    ...docOptionsFromSettings({ ...settings, ...given }, options.lang, options.date),
    includeScheduleTable: options.table,
  };
  const doc = buildDocument(analysis, docOptions);
  const docx = format === 'docx' ? await adapters.docx() : null;
  try {
    if (docx) {
      await writeDocx(doc, options.out!, docx);
    } else {
      const text = format === 'md' ? renderMarkdown(doc) : renderText(doc);
      if (options.out) await writeWhole(options.out, text);
      else io.stdout(text);
    }
  } catch (error) {
    io.stderr(`${t.cannotWrite(options.out ?? '-', (error as NodeJS.ErrnoException).code)}\n`);
    return 2;
  }
  if (options.out) io.stderr(`${t.wrote(options.out)}\n`);
  const { errors, warnings } = countIssues(analysis.issues);
  if (analysis.coverage.gaps.length || analysis.issues.length) {
    io.stderr(`${t.docNotes(analysis.coverage.gaps, errors, warnings)}\n`);
  }
  return 0;
}

function formatFromName(out: string | undefined): DocFormat {
  const ext = out ? extname(out).toLowerCase() : '';
  return ext === '.docx' ? 'docx' : ext === '.md' ? 'md' : 'txt';
}
