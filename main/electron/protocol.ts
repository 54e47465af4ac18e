// app://desk serves the built renderer. A custom, privileged scheme gives the page a real,
// stable origin (file:// has none), so its IndexedDB stays in the same place forever.
import { protocol } from 'electron';
import { APP_SCHEME } from '../app-identity';
import type { Log } from '../ports';
import { serveRendererFile } from '../services/renderer-files';

/**
 * Must run before app 'ready'. No corsEnabled: other origins may not read our files. `codeCache`:
 * Chromium keeps the compiled scripts between starts, as it does for http(s) (custom schemes are
 * left out unless asked), so a start does not compile the renderer's JavaScript again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** After 'ready': answer app://desk/… from `rendererDir` (out/renderer). */
export function serveRenderer(rendererDir: string, log: Log): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveRendererFile(request, rendererDir);
    if (!response.ok)
      log.warn('app:// request refused', { url: request.url, status: response.status });
    return response;
  });
}
