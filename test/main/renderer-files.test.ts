// Serving app://desk from the built renderer folder, and nothing outside it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/services/content-security-policy';
import { resolveRendererPath, serveRendererFile } from '../../main/services/renderer-files';
import { tempDir } from './helpers';

async function site() {
  const root = await tempDir();
  const rendererDir = join(root, 'out', 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Sáng kiến Desk</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  // Files a traversal would reach: next to the renderer and above it.
  await writeFile(join(root, 'out', 'secret.txt'), 'secret');
  await writeFile(join(root, 'out', 'renderer-evil.txt'), 'secret');
  return { root, rendererDir };
}

const get = (url: string, method = 'GET') => ({ url, method });

describe('serveRendererFile', () => {
  it('serves index.html for the root and the entry, with our CSP', async () => {
    const { rendererDir } = await site();
    for (const url of ['app://desk/', 'app://desk', 'app://desk/index.html']) {
      const response = await serveRendererFile(get(url), rendererDir);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('Sáng kiến Desk');
    }
  });

  it('serves assets with their content type', async () => {
    const { rendererDir } = await site();
    const js = await serveRendererFile(get('app://desk/assets/index-abc.js'), rendererDir);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await serveRendererFile(get('app://desk/assets/index-abc.css?v=1#x'), rendererDir);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://desk/../secret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/..%2fsecret.txt',
    'app://desk/..%2Frenderer-evil.txt',
    'app://desk/assets/..%2f..%2fsecret.txt',
    'app://desk/..%5csecret.txt',
    'app://desk/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://desk/index.html%00.js',
    'app://desk/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const { rendererDir } = await site();
    const response = await serveRendererFile(get(url), rendererDir);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toBe('secret');
  });

  it('refuses a traversal outright rather than serving a fallback', async () => {
    const { rendererDir } = await site();
    expect((await serveRendererFile(get('app://desk/..%2fsecret.txt'), rendererDir)).status).toBe(
      403,
    );
  });

  it('answers 404 for a missing asset, and the app page for a client-side route', async () => {
    const { rendererDir } = await site();
    expect((await serveRendererFile(get('app://desk/assets/missing.js'), rendererDir)).status).toBe(
      404,
    );
    const route = await serveRendererFile(get('app://desk/initiatives/42'), rendererDir);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<!doctype html>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { rendererDir } = await site();
    expect(
      (await serveRendererFile(get('app://desk/index.html', 'POST'), rendererDir)).status,
    ).toBe(405);
    const head = await serveRendererFile(get('app://desk/index.html', 'HEAD'), rendererDir);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveRendererPath', () => {
  it('maps URLs to files inside the folder only', async () => {
    const { rendererDir } = await site();
    expect(resolveRendererPath('app://desk/assets/a.js', rendererDir)).toBe(
      join(rendererDir, 'assets', 'a.js'),
    );
    expect(resolveRendererPath('app://desk/Hồ%20sơ.html', rendererDir)).toBe(
      join(rendererDir, 'Hồ sơ.html'),
    );
    expect(resolveRendererPath('app://desk/..%2f..%2f..%2fetc/passwd', rendererDir)).toBeNull();
  });
});
