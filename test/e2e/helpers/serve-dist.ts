import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const OFFICE_JS_DIR = path.resolve(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

export interface DistServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built dist/ on 127.0.0.1 (a free port). Requests for Microsoft's CDN
 * copy of Office.js are answered by the browser tests from
 * node_modules/@microsoft/office-js/dist through `officeJsFile`, since the
 * network is closed here.
 */
export function serveDist(distDir: string): Promise<DistServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.resolve(distDir, `.${pathname === '/' ? '/taskpane.html' : pathname}`);
    if (!file.startsWith(path.resolve(distDir) + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
      });
    });
  });
}

/** A file of the office-js package (office.js and the locale and host scripts it loads next to itself). */
export function officeJsFile(relative: string): string | null {
  const file = path.resolve(OFFICE_JS_DIR, relative);
  return file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}
