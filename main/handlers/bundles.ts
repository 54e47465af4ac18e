// bundle:write and bundle:read: main writes the zip (streamed, atomic) and reads it back through
// the one verifier; the renderer holds the records and writes verified data in one transaction.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { Handlers } from '@shared/ipc';
import { fail, ok } from '@shared/result';
import { isPlainAbsolute, pruneOutbox } from '../bundle/outbox-prune';
import { verifyBundle } from '../bundle/verify-bundle';
import {
  dossierBundleName,
  writeDossierBundle,
  type WrittenDossierBundle,
} from '../bundle/dossier-bundle';
import { writeFailed } from '../errors';
import type { HandlerDeps } from '../ports';
import { consoleLog } from '../services/console-log';
import { isNetworkOrDevicePath, pathKey } from '../services/path-rules';
import { WrittenPaths } from '../services/written-paths';

/** Bundles queued for email live here, one folder per outbox entry, so names never clash. */
export const OUTBOX_FOLDER = 'outbox';

export function createBundleHandlers(
  deps: HandlerDeps,
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
): Pick<Handlers, 'bundle:write' | 'bundle:read' | 'bundle:choose' | 'bundle:outbox:prune'> {
  const log = deps.log ?? consoleLog;
  // The bundles the clerk picked in the open dialog this session: only these may be on a network
  // share. A dropped file's path comes from the page, which could name any share.
  const picked = new Set<string>();

  return {
    'bundle:write': async (request) => {
      const createdAt = new Date().toISOString();
      const suggestedName = dossierBundleName(
        request.unit.name,
        request.programme.name,
        createdAt,
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

      let bundle: WrittenDossierBundle;
      try {
        await mkdir(folder, { recursive: true });
        bundle = await writeDossierBundle({
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
          documents: request.documents,
          attachments: request.attachments.map((a) => ({
            sha256: a.sha256,
            name: a.name,
            bytes: a.data,
          })),
          ...(request.only ? { only: new Set(request.only) } : {}),
        });
      } catch (error) {
        log.warn('bundle:write could not write', { folder, error: String(error) });
        return writeFailed(folder);
      }
      written.add(bundle.path);
      const { path, size, files, mail } = bundle;
      return ok({ path, fileName, size, files, mail });
    },

    'bundle:choose': async () => {
      const request = {
        title: 'Chọn hồ sơ cần nhập (có thể chọn nhiều tệp)',
        filters: [{ name: 'Hồ sơ nén', extensions: ['zip'] }],
      };
      const paths = deps.dialogs.askOpenPaths
        ? await deps.dialogs.askOpenPaths(request)
        : [await deps.dialogs.askOpenPath(request)].filter((p) => p !== null);
      for (const path of paths) picked.add(pathKey(path));
      return ok({ paths });
    },

    'bundle:outbox:prune': async ({ keep }) => {
      // A list main cannot compare is no list at all: pruning with it could remove a kept file.
      if (!keep.every(isPlainAbsolute))
        return fail(
          'PATH_REFUSED',
          'Danh sách tệp của Hộp thư đi có đường dẫn không hợp lệ nên chưa dọn tệp nào. Hãy khởi động lại Sáng kiến Desk; nếu vẫn lỗi, hãy báo cho người hỗ trợ kỹ thuật.',
        );
      const outbox = join(deps.appInfo.dataDir, OUTBOX_FOLDER);
      try {
        const removed = await pruneOutbox(outbox, keep);
        if (removed.length > 0) log.info('bundle:outbox:prune removed bundles', { removed });
        return ok({ removed: removed.length });
      } catch (error) {
        log.warn('bundle:outbox:prune could not finish', { outbox, error: String(error) });
        return writeFailed(outbox);
      }
    },

    'bundle:read': async ({ path }) => {
      const crafted = isNetworkOrDevicePath(path) || path.split(/[\\/]/u).includes('..');
      if (crafted && !picked.has(pathKey(path))) {
        log.warn('bundle:read refused a path the clerk did not pick', { path });
        return fail(
          'PATH_REFUSED',
          'Sáng kiến Desk không mở trực tiếp hồ sơ ở đường dẫn này (thư mục mạng dùng chung hoặc đường dẫn không rõ ràng). Hãy bấm "Chọn hồ sơ…" rồi chọn tệp hồ sơ đó.',
        );
      }
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
