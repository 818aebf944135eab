import { main } from './main';

// The entry point of the compiled command line (lib/plansheet.mjs): the exit code, never a stack trace.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
