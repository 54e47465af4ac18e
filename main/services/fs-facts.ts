// Small facts about the file system that several services ask.
import { stat } from 'node:fs/promises';

/** The Node error code of a failed file operation ('ENOENT', 'ENAMETOOLONG', …), or ''. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Whether something exists at `path` (a file or a folder). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
