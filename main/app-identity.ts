// Names that must never change once clerks have data: IndexedDB lives in the userData folder
// and is keyed by the page's origin: changing either orphans every record (docs/decisions.md, D3).

/** Product name shown to the clerk (window title, menus). */
export const APP_NAME = 'Sáng kiến Desk';
/** Folder under the OS app-data folder; ASCII so every file system and backup tool keeps it. */
export const USER_DATA_FOLDER = 'SangKienDesk';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin of a URL as `scheme://host[:port]`, or null when it does not parse.
 * Node's URL reports `null` as the origin of non-special schemes such as app://, so we build it.
 */
export function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when the URL belongs to one of the given origins (our app, or the dev server in dev). */
export function isTrustedOrigin(
  url: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}
