import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { applySessionSecurity } from '../../../main/electron/security';
import { recordingLog } from '../helpers';
import { FakeSession } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

type RequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type CheckHandler = (webContents: unknown, permission: string, requestingOrigin: string) => boolean;

function secured() {
  const session = new FakeSession();
  applySessionSecurity(session as unknown as Session, ['app://desk'], recordingLog());
  const request = session.setPermissionRequestHandler.mock.calls[0]![0] as RequestHandler;
  const check = session.setPermissionCheckHandler.mock.calls[0]![0] as CheckHandler;
  const device = session.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean;
  const ask = (permission: string, url = 'app://desk/index.html') => {
    const callback = vi.fn();
    request(null, permission, callback, { requestingUrl: url, isMainFrame: true });
    expect(callback).toHaveBeenCalledOnce();
    return callback.mock.calls[0]![0] as boolean;
  };
  return { ask, check, device };
}

describe('applySessionSecurity', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'unknown',
  ])('denies %s even to our own page', (permission) => {
    const { ask, check } = secured();
    expect(ask(permission)).toBe(false);
    expect(check(null, permission, 'app://desk')).toBe(false);
  });

  it('grants persistent storage to our page only, so IndexedDB is never evicted', () => {
    const { ask, check } = secured();
    expect(ask('persistent-storage')).toBe(true);
    expect(ask('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(check(null, 'persistent-storage', 'app://desk')).toBe(true);
    expect(check(null, 'persistent-storage', 'https://evil.example')).toBe(false);
  });

  it('denies every USB, HID and serial device', () => {
    expect(secured().device()).toBe(false);
  });
});
