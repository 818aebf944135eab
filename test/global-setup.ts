/**
 * The command-line tests run the real `plansheet` (bin/plansheet.js → lib/), so lib/ is compiled
 * from the sources under test first: a test never runs a command line older than the code.
 */
export default async function globalSetup(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildCli } = require('../scripts/build-cli.js') as { buildCli: () => Promise<void> };
  await buildCli();
}
