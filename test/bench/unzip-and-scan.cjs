// The floor any reader stands on: inflate the sheet and the shared strings (Node's zlib) and scan
// the sheet once for its cells, building nothing.
const { readFileSync } = require('node:fs');
const { inflateRawSync } = require('node:zlib');

const bytes = readFileSync(process.argv[2]);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
let cells = 0;
for (let p = 0; p + 30 < bytes.length;) {
  if (view.getUint32(p, true) !== 0x04034b50) break;
  const size = view.getUint32(p + 18, true);
  const nameLength = view.getUint16(p + 26, true);
  const start = p + 30 + nameLength + view.getUint16(p + 28, true);
  const name = bytes.toString('utf8', p + 30, p + 30 + nameLength);
  if (name.endsWith('sheet1.xml') || name.endsWith('sharedStrings.xml')) {
    const xml = inflateRawSync(bytes.subarray(start, start + size));
    if (name.endsWith('sheet1.xml')) for (let at = xml.indexOf('<c '); at >= 0; at = xml.indexOf('<c ', at + 3)) cells++;
  }
  p = start + size;
}
if (cells === 0) process.exitCode = 1;
