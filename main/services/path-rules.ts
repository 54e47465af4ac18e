import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A comparable form of a path: absolute, normalised, and case-folded where the disk ignores case. */
export function pathKey(path: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = resolve(path);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

/** True when `child` is `parent` or inside it, after normalising both (so `a/../..` cannot escape). */
export function isInside(
  parent: string,
  child: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const rel = relative(pathKey(parent, platform), pathKey(child, platform));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * True for a path that leaves this machine or names a device: a Windows network share
 * (\\server\share, which Windows opens by signing in to that server), a device path (\\?\…,
 * \\.\…) or //…. No dialog of ours and no file dropped from a local disk gives one.
 */
export const isNetworkOrDevicePath = (path: string): boolean => /^[\\/]{2}/u.test(path);
