// A small static server for the production renderer: Chromium will not run module scripts from
// file:// (origin null), and Electron's own loader is not available here (docs/decisions.md, D19).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
// The same types the app:// handler sends in the real app.
import { contentTypeOf } from '../../main/services/renderer-files';

/** A folder served under a URL prefix; the bench page lives beside the app on the same origin. */
export interface Mount {
  /** URL prefix, starting and ending with '/'. */
  prefix: string;
  dir: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** Every request path the server answered, with its status: handy when a test hangs on a 404. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** Maps a URL path to a file inside the mount, or null when it tries to climb out of it. */
export const resolveInside = (dir: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(dir);
  const file = resolve(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
};

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
};

const send = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(body);
};

const pickMount = (mounts: readonly Mount[], path: string): Mount | undefined =>
  // Longest prefix first, so '/__bench/' wins over '/'.
  [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => path.startsWith(m.prefix));

async function handle(
  mounts: readonly Mount[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<number> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed');
    return 405;
  }
  // The raw path, before URL normalisation would quietly resolve '..' for us.
  const rawPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
  if (rawPath.split('/').some((seg) => /^(\.|%2e){2}$/i.test(seg))) {
    send(res, 403, 'Forbidden');
    return 403;
  }
  const mount = pickMount(mounts, rawPath);
  if (!mount) {
    send(res, 404, 'Not found');
    return 404;
  }
  const rel = rawPath.slice(mount.prefix.length);
  const file = resolveInside(mount.dir, rel === '' ? 'index.html' : rel);
  if (!file) {
    send(res, 403, 'Forbidden');
    return 403;
  }
  let target = file;
  if (!(await isFile(target))) {
    // SPA fallback: a route such as /initiatives/123 is the app's, not a file. A missing asset
    // (it has an extension) stays a 404 so a broken build shows up as one.
    if (rel === 'favicon.ico') {
      // Chromium asks for it on every page; Electron never does. A 204 keeps the console clean
      // so tests can assert it has no errors.
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return 204;
    }
    if (extname(rel) !== '') {
      send(res, 404, 'Not found');
      return 404;
    }
    target = join(resolve(mount.dir), 'index.html');
  }
  const type = contentTypeOf(target);
  // no-cache: a rebuilt renderer must never be shadowed by the profile's HTTP cache.
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return 200;
  }
  await new Promise<void>((done, fail) => {
    createReadStream(target).on('error', fail).on('end', done).pipe(res);
  });
  return 200;
}

/**
 * Serves the mounts on 127.0.0.1 at a random free port, or at `port` (a kept profile's origin,
 * and so its IndexedDB, includes the port).
 */
export async function startStaticServer(mounts: readonly Mount[], port = 0): Promise<StaticServer> {
  const log: StaticServer['log'] = [];
  const server = createServer((req, res) => {
    handle(mounts, req, res).then(
      (status) => log.push({ path: req.url ?? '', status }),
      (err: unknown) => {
        log.push({ path: req.url ?? '', status: 500 });
        if (!res.headersSent) send(res, 500, String(err));
        else res.destroy();
      },
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    log,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : done()));
      }),
  };
}
