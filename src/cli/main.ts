import { PortError } from '../core/ports/workbook-port';
import type { CliAdapters, WorkbookAdapter } from './adapters';
import { processIo, type Io } from './io';
import { parseArgs } from './parse-args';
import { strings } from '../core/words/cli-words';
import { USAGE } from './usage';
import { version } from '../../package.json';

/**
 * The xlsx reader and writer with Node's native deflate, loaded when a command first reads a file.
 * The one place the command line meets the other adapters (the walls in eslint.config.mjs).
 */
async function loadWorkbookAdapter(): Promise<WorkbookAdapter> {
  const [{ readWorkbook }, { READ_LIMITS }, { writablePackage }, { writePlanWorkbook }, { FOREIGN_SETTINGS_SHEET }, { NATIVE_ZIP }] =
    await Promise.all([
      import('../xlsx/read-workbook'),
      import('../xlsx/read-limits'),
      import('../xlsx/values-workbook'),
      import('../xlsx/write-plan-workbook'),
      import('../xlsx/write-settings'),
      import('./native-deflate'),
    ]);
  return {
    fileLimit: READ_LIMITS.fileBytes,
    readWorkbook: (bytes) => readWorkbook(bytes),
    writePlanCopy: (bytes, file, specs, settings) => {
      const source = writablePackage(bytes, file);
      try {
        const { bytes: written, extension, report } = writePlanWorkbook(source.bytes, specs, settings, NATIVE_ZIP);
        return { ok: true, bytes: written, extension, report, valuesOnly: source.valuesOnly };
      } catch (error) {
        if (error instanceof PortError && error.detail === FOREIGN_SETTINGS_SHEET) return { ok: false, problem: 'foreign_settings_sheet' };
        throw error;
      }
    },
  };
}

/** The adapters of the command line in Node: each loaded when it is first needed, once. */
export const CLI_ADAPTERS: CliAdapters = {
  workbook: once(loadWorkbookAdapter),
  docx: once(async () => ({ renderDocx: (await import('../docx/render-docx')).renderDocx })),
};

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => (loaded ??= load());
}

/**
 * The `plansheet` command line. Resolves to the exit code; never lets a stack
 * trace reach the user (an unexpected failure is one line on stderr, exit 2).
 */
export async function main(argv: readonly string[], io: Io = processIo, adapters: CliAdapters = CLI_ADAPTERS): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${strings('zh').usage(parsed.error)}\n`);
    return 2;
  }
  const options = parsed.options;
  try {
    switch (options.command) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(`${version}\n`);
        return 0;
      // Each command is loaded when it runs, so that --help and --version start without the readers and writers.
      case 'check':
        return await (await import('./commands/check')).runCheck(options, io, adapters);
      case 'doc':
        return await (await import('./commands/doc')).runDoc(options, io, adapters);
      case 'build':
        return await (await import('./commands/build')).runBuild(options, io, adapters);
    }
  } catch (error) {
    io.stderr(`plansheet: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
