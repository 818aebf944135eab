#!/usr/bin/env node
'use strict';
/**
 * Checks manifest.xml without a network (npm run validate:offline):
 *   1. xmllint against Microsoft's manifest schema, kept in ../shared/manifest-schema beside the repository
 *      (or in the folder named by PLANSHEET_MANIFEST_SCHEMA_DIR);
 *   2. the checks in manifest-checks.js: resource ids, https URLs, icon files and sizes, zh-CN strings,
 *      Excel as the host, the ExcelApi version.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--assets DIR] [--base-url URL]
 *
 * --base-url and --assets check a manifest already rewritten for production (for example dist/manifest.xml
 * with --assets dist/assets --base-url "$PLANSHEET_URL"). Exit code: 0 valid, 1 invalid, 2 cannot check.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { checkManifest, EXPECTED } = require('./manifest-checks.js');
const { DEV_BASE_URL, normalizeBaseUrl } = require('./manifest-url.js');

const REPO_ROOT = path.resolve(__dirname, '..');
const SCHEMA_FILE = 'OfficeAppManifestV1_1.xsd';

/** A reason the check cannot run at all (as opposed to a manifest that fails it). */
class SetupError extends Error {}

function schemaDir() {
  return process.env.PLANSHEET_MANIFEST_SCHEMA_DIR
    ? path.resolve(process.env.PLANSHEET_MANIFEST_SCHEMA_DIR)
    : path.resolve(REPO_ROOT, '..', 'shared', 'manifest-schema');
}

/** The schema's entry file; throws a SetupError saying where to get it when it is missing. */
function findSchema(dir = schemaDir()) {
  const file = path.join(dir, SCHEMA_FILE);
  if (!fs.existsSync(file)) {
    throw new SetupError(
      `The manifest schema is missing: expected ${file}.\n` +
        `  Put the Office add-in manifest XSD files (${SCHEMA_FILE}, OfficeAppBasicTypesV1_0.xsd, TaskPaneAppVersionOverridesV1_0.xsd,\n` +
        `  MailAppVersionOverridesV1_0.xsd, MailAppVersionOverridesV1_1.xsd, ContentAppVersionOverridesV1_0.xsd) in shared/manifest-schema\n` +
        `  beside this repository, as CI does, or point PLANSHEET_MANIFEST_SCHEMA_DIR at their folder. Microsoft publishes them in the\n` +
        `  [MS-OWEMXML] open specification (learn.microsoft.com, Office file formats), Appendix A.`,
    );
  }
  return file;
}

/**
 * Validates a manifest against the schema with xmllint.
 * @returns {{ ok: boolean, output: string }} output: what xmllint printed, trimmed
 */
function runXmllint(manifestPath, schemaFile = findSchema()) {
  const result = spawnSync('xmllint', ['--noout', '--schema', schemaFile, manifestPath], { encoding: 'utf8' });
  if (result.error) {
    if (result.error.code === 'ENOENT') {
      throw new SetupError(
        'xmllint is not installed. It comes with libxml2: on Debian or Ubuntu `sudo apt-get install libxml2-utils`,\n' +
          '  on macOS it is part of the Xcode command line tools (or `brew install libxml2`).',
      );
    }
    throw result.error;
  }
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

function parseArgs(argv) {
  const options = { manifest: path.join(REPO_ROOT, 'manifest.xml'), assets: null, baseUrl: DEV_BASE_URL };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--assets' || arg === '--base-url') {
      const value = argv[++i];
      if (value === undefined) throw new SetupError(`${arg} needs a value.`);
      if (arg === '--assets') options.assets = path.resolve(value);
      else options.baseUrl = normalizeBaseUrl(value);
    } else if (arg.startsWith('-')) {
      throw new SetupError(
        `Unknown option ${arg}. Usage: node scripts/validate-manifest.js [manifest.xml] [--assets DIR] [--base-url URL]`,
      );
    } else {
      options.manifest = path.resolve(arg);
    }
  }
  if (!options.assets) options.assets = path.join(path.dirname(options.manifest), 'assets');
  return options;
}

function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/** Runs both checks, printing to the given streams; returns the exit code. */
function main(argv, out = process.stdout, err = process.stderr) {
  let options;
  let schemaFile;
  try {
    options = parseArgs(argv);
    if (!fs.existsSync(options.manifest)) throw new SetupError(`There is no manifest at ${shown(options.manifest)}.`);
    schemaFile = findSchema();
    const schema = runXmllint(options.manifest, schemaFile);
    const name = shown(options.manifest);
    let failed = false;
    if (schema.ok) {
      out.write(`✓ ${name} is valid against the Office add-in manifest schema (${shown(schemaFile)})\n`);
    } else {
      failed = true;
      err.write(`✗ ${name} does not match the Office add-in manifest schema (${shown(schemaFile)}):\n`);
      err.write(
        `${schema.output
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n')}\n`,
      );
    }
    const problems = checkManifest(fs.readFileSync(options.manifest, 'utf8'), { assetsDir: options.assets, baseUrl: options.baseUrl });
    if (problems.length === 0) {
      out.write(
        `✓ resource ids resolve, every URL is https, icons exist in ${shown(options.assets)} at their sizes, ` +
          `every string has ${EXPECTED.locale}, host ${EXPECTED.host}, ExcelApi ${EXPECTED.excelApi}\n`,
      );
    } else {
      failed = true;
      err.write(`✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${name}:\n`);
      for (const p of problems) err.write(`    [${p.code}] ${p.message}\n`);
    }
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof SetupError) {
      err.write(`Cannot check the manifest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { SetupError, findSchema, runXmllint, main };
