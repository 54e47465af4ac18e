// bundle:write and bundle:read: main writes the zip (streamed, atomic) and reads it back through
// the one verifier; the renderer holds the records and writes verified data in one transaction.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { bundleFileName } from '@shared/bundle/entry-names';
import { DATA_PATH } from '@shared/bundle/manifest';
import { planMail } from '@shared/bundle/mail-size';
import type { Handlers } from '@shared/ipc';
import { fail, ok } from '@shared/result';
import { verifyBundle } from '../bundle/verify-bundle';
import { writeBundle } from '../bundle/write-bundle';
import type { WrittenBundle } from '../bundle/write-bundle';
import { writeFailed } from '../errors';
import type { HandlerDeps } from '../ports';
import { consoleLog } from '../services/console-log';
import { WrittenPaths } from '../services/written-paths';

/** Bundles queued for email live here, one folder per outbox entry, so names never clash. */
export const OUTBOX_FOLDER = 'outbox';

export function createBundleHandlers(
  deps: HandlerDeps,
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
): Pick<Handlers, 'bundle:write' | 'bundle:read' | 'bundle:choose'> {
  const log = deps.log ?? consoleLog;

  return {
    'bundle:write': async (request) => {
      const createdAt = new Date().toISOString();
      const suggestedName = bundleFileName(
        request.unit.name,
        request.programme.name,
        localDay(new Date(createdAt)),
        request.part,
      );
      let folder: string;
      let fileName = suggestedName;
      if (request.target === 'choose') {
        const chosen = await deps.dialogs.askSavePath({
          suggestedName,
          filters: [{ name: 'Hồ sơ nén', extensions: ['zip'] }],
        });
        if (chosen === null) return ok(null);
        folder = dirname(resolve(chosen));
        fileName = basename(chosen);
      } else {
        folder = join(deps.appInfo.dataDir, OUTBOX_FOLDER, randomUUID());
      }

      let bundle: WrittenBundle;
      try {
        await mkdir(folder, { recursive: true });
        bundle = await writeBundle({
          folder,
          fileName,
          head: {
            formatVersion: 1,
            unit: request.unit,
            programme: request.programme,
            createdAt,
            appVersion: deps.appInfo.version,
            ...(request.part ? { part: request.part } : {}),
          },
          data: request.data,
          documents: request.documents.map((d) => ({ title: d.title, bytes: d.data })),
          attachments: request.attachments.map((a) => ({
            sha256: a.sha256,
            name: a.name,
            bytes: a.data,
          })),
        });
      } catch (error) {
        log.warn('bundle:write could not write', { folder, error: String(error) });
        return writeFailed(folder);
      }
      written.add(bundle.path);
      const files = bundle.manifest.files.filter((f) => f.path !== DATA_PATH);
      const dataFile = bundle.manifest.files.find((f) => f.path === DATA_PATH);
      const mail = planMail({
        files: files.map((f) => ({ path: f.path, size: f.size })),
        commonBytes: (dataFile?.size ?? 0) + 200 * bundle.manifest.files.length,
      });
      return ok({ path: bundle.path, fileName, size: bundle.size, mail });
    },

    'bundle:choose': async () => {
      const request = {
        title: 'Chọn hồ sơ cần nhập (có thể chọn nhiều tệp)',
        filters: [{ name: 'Hồ sơ nén', extensions: ['zip'] }],
      };
      if (deps.dialogs.askOpenPaths) return ok({ paths: await deps.dialogs.askOpenPaths(request) });
      const one = await deps.dialogs.askOpenPath(request);
      return ok({ paths: one === null ? [] : [one] });
    },

    'bundle:read': async ({ path }) => {
      if (!isAbsolute(path) || extname(path).toLowerCase() !== '.zip')
        return fail(
          'BUNDLE_NOT_ZIP',
          'Chỉ mở được tệp hồ sơ .zip. Hãy chọn đúng tệp hồ sơ (HoSo_….zip) đơn vị gửi.',
        );
      const result = await verifyBundle(path);
      if (!result.ok) {
        log.warn('bundle:read refused a bundle', { path, code: result.error.code });
        return result;
      }
      const { manifest, data, documents, attachments, zipBytes } = result.value;
      return ok({
        manifest,
        data,
        documents: documents.map((d) => ({ path: d.path, data: new Uint8Array(d.bytes) })),
        attachments: attachments.map((a) => ({
          path: a.path,
          sha256: a.sha256,
          data: new Uint8Array(a.bytes),
        })),
        zipBytes,
      });
    },
  };
}

/** yyyy-mm-dd of the clerk's own day, as the bundle's name shows it. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
