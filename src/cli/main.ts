import { processIo, type Io } from './io';
import { parseArgs } from './parse-args';
import { strings } from '../core/words/cli-words';
import { USAGE } from './usage';
import { version } from '../../package.json';

/**
 * The `plansheet` command line. Resolves to the exit code; never lets a stack
 * trace reach the user (an unexpected failure is one line on stderr, exit 2).
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
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
        return await (await import('./commands/check')).runCheck(options, io);
      case 'doc':
        return await (await import('./commands/doc')).runDoc(options, io);
      case 'build':
        return await (await import('./commands/build')).runBuild(options, io);
    }
  } catch (error) {
    io.stderr(`plansheet: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
