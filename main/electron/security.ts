// Session-wide guards. The page needs no camera, location, notifications or devices: every
// permission is refused, with one exception that protects the clerk's data (see below).
import type { Session } from 'electron';
import { isTrustedOrigin } from '../app-identity';
import type { Log } from '../ports';

// Persistent storage keeps Chromium from evicting our IndexedDB when the disk runs low; the
// database is the only copy of the clerk's records, so our own page may have it.
const GRANTED_TO_OUR_PAGE: ReadonlySet<string> = new Set(['persistent-storage']);

export function mayGrant(
  permission: string,
  requestingUrl: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  return GRANTED_TO_OUR_PAGE.has(permission) && isTrustedOrigin(requestingUrl, trustedOrigins);
}

export function applySessionSecurity(
  session: Session,
  trustedOrigins: readonly string[],
  log: Log,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const granted = mayGrant(permission, details.requestingUrl, trustedOrigins);
    if (!granted) log.warn('Permission refused', { permission, url: details.requestingUrl });
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    mayGrant(permission, requestingOrigin, trustedOrigins),
  );
  // USB, HID and serial devices: never.
  session.setDevicePermissionHandler(() => false);
}
