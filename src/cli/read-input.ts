import { open } from 'node:fs/promises';
import type { FileProblem } from '../core/ports/file-problem';
import { PortError } from '../core/ports/workbook-port';

/**
 * Why Node could not open or read a file, as a file problem: the user sees words, never an
 * errno. A path through a file (ENOTDIR), a loop of links or a name too long leads nowhere,
 * like a missing file; what is left (an I/O error on a failing disk) means the file cannot be
 * read as it is.
 *
 * @example
 * fileProblemOf(Object.assign(new Error('…'), { code: 'EACCES' })) //=> { code: 'file_no_permission' }
 */
export function fileProblemOf(error: unknown): FileProblem {
  if (error instanceof PortError && error.problem) return error.problem;
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return { code: 'file_missing' };
    case 'EISDIR':
      return { code: 'file_is_folder' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'file_no_permission' };
    default:
      return { code: 'file_damaged' };
  }
}

/**
 * A file's bytes, read only when it is a file no larger than `limit`: its size is looked at
 * before anything is read into memory, and a file that grows (or a pipe, which has no size)
 * is read no further than the limit. Rejects with `PortError.file(problem)`.
 *
 * @example
 * await readInput('2025年安排.xlsx', READ_LIMITS.fileBytes) //=> Uint8Array [0x50, 0x4b, …]
 */
export async function readInput(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw PortError.file(fileProblemOf(error), (error as Error).message);
  });
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw PortError.file({ code: 'file_is_folder' });
    if (info.size > limit) throw PortError.file({ code: 'file_too_large', size: info.size, limit });
    return await readAtMost(handle, info.isFile() ? info.size : 0, limit);
  } catch (error) {
    throw PortError.file(fileProblemOf(error), (error as Error).message);
  } finally {
    await handle.close();
  }
}

async function readAtMost(handle: Awaited<ReturnType<typeof open>>, expected: number, limit: number): Promise<Uint8Array> {
  let buffer = new Uint8Array(Math.max(expected, 64 * 1024));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw PortError.file({ code: 'file_too_large', size: null, limit });
      const grown = new Uint8Array(Math.min(buffer.length * 2, limit + 1));
      grown.set(buffer);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > limit) throw PortError.file({ code: 'file_too_large', size: length, limit });
  return length === buffer.length ? buffer : buffer.subarray(0, length);
}
