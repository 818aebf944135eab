import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFileProblem } from '../../src/core/words/describe-file-problem';
import type { FileProblem } from '../../src/core/ports/file-problem';
import type { Lang } from '../../src/core/words/lang';
import { fileProblemOf } from '../../src/cli/read-input';
import { makePackage, patchEntry } from '../helpers/make-package';
import { makeXlsx } from '../helpers/make-xlsx';
import { runCli, tempFolder, type CliRun } from '../helpers/run-cli';

const FIXTURES = resolve(__dirname, '../fixtures/readers');
const BIN = resolve(__dirname, '../../bin/plansheet.js');
const MB = 1024 * 1024;

/** The command line as an ordinary user: root reads every file whatever its permissions. */
function runCliAsNobody(args: readonly string[]): Promise<CliRun> {
  const nobody = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
  const [command, prefix] = process.getuid?.() === 0 ? ['setpriv', nobody] : [process.execPath, []];
  return new Promise((done) => {
    execFile(command, [...prefix, BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** What the user sees for a file that cannot be used: one line on stderr, exit code 2, nothing else. */
const refusal = (problem: FileProblem, lang: Lang, file: string): CliRun => ({
  code: 2,
  stdout: '',
  stderr: `${describeFileProblem(problem, lang, file)}\n`,
});

describe('plansheet check on a file it cannot use', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempFolder({
      'empty.xlsx': new Uint8Array(0),
      'cut.xlsx': (await makeXlsx([{ name: 'S', rows: [['月份', '活动']] }])).slice(0, 900),
      'crc.xlsx': patchEntry(await makeXlsx([{ name: 'S', rows: [['月份', '活动']] }]), 'xl/worksheets/sheet1.xml', { crc32: 1 }),
      'locked.xlsx': await readFile(join(FIXTURES, 'libreoffice-encrypted.xlsx')),
      'dtd.xlsx': makePackage({ parts: { 'xl/worksheets/sheet1.xml': '<!DOCTYPE w [<!ENTITY a "b">]><worksheet>&a;</worksheet>' } }),
      'claims.xlsx': patchEntry(makePackage(), 'xl/worksheets/sheet1.xml', { size: 300 * MB }),
      '通知.xlsx': await readFile(join(FIXTURES, 'libreoffice-note.docx')),
      'scan.xlsx': await readFile(join(FIXTURES, 'libreoffice-note.pdf')),
      'old.xls.xlsx': await readFile(join(FIXTURES, 'libreoffice-note.doc')),
    });
    await mkdir(join(dir, '活动安排.xlsx'));
    await writeFile(join(dir, 'big.xlsx'), '');
    await truncate(join(dir, 'big.xlsx'), 257 * MB); // sparse: no disk used, and never read
  });

  it.each<[string, string, FileProblem]>([
    ['a missing file', 'gone.xlsx', { code: 'file_missing' }],
    ['a folder', '活动安排.xlsx', { code: 'file_is_folder' }],
    ['an empty file', 'empty.xlsx', { code: 'file_empty' }],
    ['a file larger than 256 MB, refused by its size', 'big.xlsx', { code: 'file_too_large', size: 257 * MB, limit: 256 * MB }],
    ['a zip that claims to unpack to 300 MB', 'claims.xlsx', { code: 'file_too_large', size: 300 * MB, limit: 256 * MB }],
    ['a truncated workbook', 'cut.xlsx', { code: 'file_damaged' }],
    ['a workbook with a CRC error', 'crc.xlsx', { code: 'file_damaged' }],
    ['a workbook with a password to open (LibreOffice)', 'locked.xlsx', { code: 'file_encrypted' }],
    ['a workbook with a DTD and entities', 'dtd.xlsx', { code: 'file_unsafe' }],
    ['a Word document named .xlsx', '通知.xlsx', { code: 'file_not_spreadsheet', looksLike: 'word' }],
    ['an old Word document named .xlsx', 'old.xls.xlsx', { code: 'file_not_spreadsheet', looksLike: 'word' }],
    ['a PDF named .xlsx', 'scan.xlsx', { code: 'file_not_spreadsheet', looksLike: 'pdf' }],
  ])('names %s in one line of Chinese, and of English with --lang en', async (_label, name, problem) => {
    const file = join(dir, name);
    expect(await runCli(['check', file])).toEqual(refusal(problem, 'zh', file));
    expect(await runCli(['check', file, '--lang', 'en', '--json'])).toEqual(refusal(problem, 'en', file));
  });

  it('names a file it has no permission to read', async () => {
    const folder = join(dir, 'private');
    await mkdir(folder, { mode: 0o755 });
    const file = join(folder, 'secret.xlsx');
    await writeFile(file, await makeXlsx([{ name: 'S', rows: [['月份', '活动']] }]));
    await chmod(file, 0o000);
    await chmod(dir, 0o755);
    expect(await runCliAsNobody(['check', file])).toEqual(refusal({ code: 'file_no_permission' }, 'zh', file));
  });

  it('gives the same words from doc and build', async () => {
    const file = join(dir, 'locked.xlsx');
    expect([await runCli(['doc', file]), await runCli(['build', file, '-o', join(dir, 'out.xlsx')])]).toEqual([
      refusal({ code: 'file_encrypted' }, 'zh', file),
      refusal({ code: 'file_encrypted' }, 'zh', file),
    ]);
  });
});

describe('fileProblemOf', () => {
  it.each<[string, FileProblem]>([
    ['ENOENT', { code: 'file_missing' }],
    ['ENOTDIR', { code: 'file_missing' }],
    ['ELOOP', { code: 'file_missing' }],
    ['ENAMETOOLONG', { code: 'file_missing' }],
    ['EISDIR', { code: 'file_is_folder' }],
    ['EACCES', { code: 'file_no_permission' }],
    ['EPERM', { code: 'file_no_permission' }],
    ['EIO', { code: 'file_damaged' }],
  ])('turns %s into a file problem', (code, problem) => {
    expect(fileProblemOf(Object.assign(new Error(`${code}: oops`), { code }))).toEqual(problem);
  });

  it('calls anything else that went wrong while reading damaged, never passing its message on', () => {
    expect(fileProblemOf(new TypeError('Cannot read properties of undefined'))).toEqual({ code: 'file_damaged' });
  });
});
