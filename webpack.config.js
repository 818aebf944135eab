/**
 * Builds the task pane: `taskpane.html` and its scripts, the icons and the manifest, into dist/.
 *
 *   npm run build   production build (manifest URLs rewritten to $PLANSHEET_URL when it is set)
 *   npm start       https dev server on https://localhost:3000
 *
 * The real-browser tests build with `--env e2e --env outDir=…`, which adds `test-excel.html`: the same app
 * with the in-memory Excel fake standing in for Office.js (never part of a production build).
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
const DEV_URL = `https://localhost:${DEV_PORT}/`;

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || (env.WEBPACK_SERVE ? 'development' : 'production');
  const dev = mode === 'development';
  const e2e = Boolean(env.e2e);
  const prodUrl = !dev && process.env.PLANSHEET_URL ? process.env.PLANSHEET_URL : null;
  const outDir = env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist');

  const entry = { taskpane: './src/taskpane/index.tsx' };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      scriptLoading: 'defer',
      templateParameters: { officeJs: true },
    }),
  ];
  if (e2e) {
    entry['excel-harness'] = './test/e2e/harness/excel-harness.ts';
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'test-excel.html',
        template: './src/taskpane/taskpane.html',
        // The harness must run first: it puts the fake `Excel` and `Office` globals in place.
        chunks: ['excel-harness', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        templateParameters: { officeJs: false },
      }),
    );
  }

  return {
    mode,
    target: 'web',
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry,
    output: {
      path: outDir,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Name the big on-demand libraries, so the bundle report says what each chunk is.
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
          docxLib: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: 'docx-lib', chunks: 'async', enforce: true },
        },
      },
    },
    performance: {
      // The budget that matters (≤ 200 KB gzip before any user action) is checked by
      // test/taskpane/bundle-size.test.ts; exceljs and docx chunks are large by nature and load on demand.
      hints: false,
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: (content) => {
              if (!prodUrl) return content;
              const { rewriteManifestUrls } = require('./scripts/manifest-url.js');
              return rewriteManifestUrls(content.toString('utf8'), prodUrl);
            },
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

/**
 * The dev certificates from office-addin-dev-certs. It generates them and installs its CA into the
 * system's trust store; where that install fails (no sudo, a locked-down machine) the certificates it
 * generated still serve https, and the browser or Excel will ask to trust them until the CA is trusted.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    if (!files.every((f) => fs.existsSync(f))) throw error;
    process.stderr.write(
      `\nCould not install the development CA certificate (${error instanceof Error ? error.message.split('\n')[0] : error}).\n` +
        `Serving https with the generated certificates anyway; trust ${defaults.caCertificatePath} yourself\n` +
        `(or run: npx office-addin-dev-certs install) so that browsers and Excel accept https://localhost:${DEV_PORT}.\n\n`,
    );
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { ca, cert, key };
  }
}

async function devServer() {
  return {
    host: 'localhost',
    port: DEV_PORT,
    server: { type: 'https', options: await httpsOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    client: { overlay: { warnings: false } },
    onListening: () => {
      process.stdout.write(sideloadHelp());
    },
  };
}

function sideloadHelp() {
  return `
PlanSheet task pane: ${DEV_URL}taskpane.html  (open it in a browser to use the plain-web-page mode)

Sideload manifest.xml into Excel:
  Excel on the web: open a workbook, Home > Add-ins > More Add-ins (or Insert > Add-ins),
                    then My Add-ins > Upload My Add-in, and choose manifest.xml.
  Windows:          put manifest.xml in a shared network folder, add that folder under
                    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs
                    (tick "Show in Menu"), restart Excel, then Home > Add-ins > Shared Folder.
  Mac:              copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                    (create wef/ if missing), restart Excel, then Home > Add-ins > My Add-ins.
  Desktop Excel, automatically (installs the package on first use):
                    npx office-addin-debugging start manifest.xml
The certificate is trusted the first time office-addin-dev-certs asks; run
  npx office-addin-dev-certs install   if the browser or Excel refuses https://localhost:${DEV_PORT}.
`;
}
