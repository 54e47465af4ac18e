// Whether a path the page names is a bundle in the outbox folder. Queued emails only ever attach
// bundles 'bundle:write' put there (main/handlers/bundles.ts), so a path anywhere else (a file
// received from a unit, a network share, a link out of the folder) is never read or mailed.
import { lstat, realpath } from 'node:fs/promises';
import { extname } from 'node:path';
import { isInside, pathKey } from '../services/path-rules';
import { isPlainAbsolute } from './outbox-prune';

export async function isOutboxBundle(outbox: string, path: string): Promise<boolean> {
  if (!isPlainAbsolute(path) || extname(path).toLowerCase() !== '.zip') return false;
  // Decided on the name first, so a path outside (a UNC share) is never touched on the disk.
  if (!isInside(outbox, path) || pathKey(path) === pathKey(outbox)) return false;
  try {
    // Then on the real paths: a symlink inside the outbox may lead anywhere.
    const [root, real] = await Promise.all([realpath(outbox), realpath(path)]);
    return isInside(root, real) && real !== root && (await lstat(real)).isFile();
  } catch {
    return false;
  }
}
