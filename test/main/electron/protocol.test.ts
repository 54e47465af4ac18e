import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveRenderer } from '../../../main/electron/protocol';
import { recordingLog, tempDir } from '../helpers';
import { fakeElectron, registered } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

describe('app:// protocol', () => {
  it('registers app as a standard, secure, fetch-capable, code-cached scheme, without CORS for others', () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('serves the renderer folder and refuses traversal out of it', async () => {
    const root = await tempDir();
    const rendererDir = join(root, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'secret.txt'), 'secret');
    const log = recordingLog();

    serveRenderer(rendererDir, log);
    const handler = registered(fakeElectron.protocol.handle, 'app') as (r: {
      url: string;
      method: string;
    }) => Promise<Response>;

    const page = await handler({ url: 'app://desk/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");

    for (const url of ['app://desk/..%2fsecret.txt', 'app://desk/assets/..%2f..%2fsecret.txt']) {
      const response = await handler({ url, method: 'GET' });
      expect(response.status).toBe(403);
      expect(await response.text()).not.toBe('secret');
    }
    expect(log.entries.filter((e) => e.level === 'warn')).toHaveLength(2);
  });
});
