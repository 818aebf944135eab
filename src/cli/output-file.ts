import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * True when writing `output` would write onto `input`: the same path, the same real path
 * (through a symbolic link), or the same file under another name (a hard link, another
 * spelling on a case-insensitive disk), which the device and inode numbers tell.
 *
 * @example
 * await isSameFile('活动安排.xlsx', './活动安排.xlsx') //=> true
 */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  if (resolve(input) === resolve(output)) return true;
  const [a, b] = await Promise.all([stat(input).catch(() => null), stat(output).catch(() => null)]);
  // An output that does not exist yet cannot be the input.
  if (a === null || b === null) return false;
  if (a.dev === b.dev && a.ino === b.ino) return true;
  const [ra, rb] = await Promise.all([realpath(input).catch(() => null), realpath(output).catch(() => null)]);
  return ra !== null && ra === rb;
}

/**
 * Writes a whole file through a temporary one beside it and a rename, so that a failure
 * (a full disk, a killed process) never leaves half a file under the real name.
 */
export async function writeWhole(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
