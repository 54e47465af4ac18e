// Serves the built renderer at app://desk/… from one folder, and nothing outside it.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../app-identity';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isInside } from './path-rules';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a built renderer file, by its extension. */
export const contentTypeOf = (path: string): string =>
  CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

const INDEX = 'index.html';

export interface RendererRequest {
  readonly method: string;
  readonly url: string;
}

/**
 * The file a request maps to inside `rootDir`, or null when it is not ours or would leave the
 * folder (`..`, encoded `%2e%2e%2f`, backslashes, NUL bytes).
 */
export function resolveRendererPath(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = pathname === '/' || pathname === '' ? INDEX : pathname;
  const root = resolve(rootDir);
  const file = resolve(join(root, relativePath));
  return file !== root && isInside(root, file) ? file : null;
}

export async function serveRendererFile(
  request: RendererRequest,
  rootDir: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plain(405, 'Method Not Allowed');
  const file = resolveRendererPath(request.url, rootDir);
  if (file === null) return plain(403, 'Forbidden');
  const found = (await isFile(file)) ? file : await spaFallback(file, rootDir);
  if (found === null) return plain(404, 'Not Found');
  const body = request.method === 'HEAD' ? null : await readFile(found);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeOf(found),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      // Updates replace files under the same names; never serve yesterday's bundle.
      'Cache-Control': 'no-cache',
    },
  });
}

// A client-side route reloaded (app://desk/initiatives/42) has no file: give it the app page.
async function spaFallback(file: string, rootDir: string): Promise<string | null> {
  if (extname(file) !== '') return null;
  const index = join(resolve(rootDir), INDEX);
  return (await isFile(index)) ? index : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
