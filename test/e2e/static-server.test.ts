// The harness's static server: MIME types, SPA fallback, and no way out of the served folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, startStaticServer, type StaticServer } from './static-server';

let root: string;
let server: StaticServer;

/** A GET with the path sent byte for byte: fetch() would normalise '..' away before sending. */
const rawGet = (path: string): Promise<{ status: number; type: string; body: string }> =>
  new Promise((resolve, reject) => {
    const url = new URL(server.origin);
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'skd-static-'));
  mkdirSync(join(root, 'app', 'assets'), { recursive: true });
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'app', 'index.html'), '<title>app</title>');
  writeFileSync(join(root, 'app', 'assets', 'main-abc.js'), 'export {};');
  writeFileSync(join(root, 'app', 'assets', 'tên tệp.css'), 'body{}');
  writeFileSync(join(root, 'bench', 'index.html'), '<title>bench</title>');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  server = await startStaticServer([
    { prefix: '/', dir: join(root, 'app') },
    { prefix: '/__bench/', dir: join(root, 'bench') },
  ]);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves files with their MIME types, Vietnamese names included', async () => {
    expect(await rawGet('/')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<title>app</title>',
    });
    expect((await rawGet('/assets/main-abc.js')).type).toBe('text/javascript; charset=utf-8');
    expect(await rawGet(`/assets/${encodeURIComponent('tên tệp.css')}`)).toMatchObject({
      status: 200,
      type: 'text/css; charset=utf-8',
    });
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    expect(await rawGet('/initiatives/123?tab=history')).toMatchObject({
      status: 200,
      body: '<title>app</title>',
    });
    expect((await rawGet('/assets/missing.js')).status).toBe(404);
  });

  it('serves a second mount under its prefix', async () => {
    expect((await rawGet('/__bench/')).body).toBe('<title>bench</title>');
    expect((await rawGet('/__bench/run')).body).toBe('<title>bench</title>');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00',
  ])('refuses %s', async (path) => {
    const res = await rawGet(path);
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('secret');
  });

  it('resolves only inside the folder', () => {
    expect(resolveInside('/srv/app', 'a/b.js')).toBe('/srv/app/a/b.js');
    expect(resolveInside('/srv/app', '../app2/x')).toBeNull();
    expect(resolveInside('/srv/app', '%E0%A4%A')).toBeNull();
  });

  it('answers only GET and HEAD', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(server.origin);
      const req = request(
        { host: url.hostname, port: url.port, path: '/', method: 'POST' },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(405);
  });
});
