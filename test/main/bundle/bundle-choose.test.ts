// bundle:choose: the open dialog for the bundles to import, through dispatch and its schemas.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/ipc/dispatch';
import type { HandlerDeps, OpenPathRequest } from '../../../main/ports';
import { fakeDeps, tempDir } from '../helpers';

const choose = async (deps: ReturnType<typeof fakeDeps>, more: Partial<HandlerDeps> = {}) =>
  dispatch(createHandlers({ ...deps, ...more }), 'bundle:choose', {}, deps.log);

describe('bundle:choose', () => {
  it('asks for many .zip files at once where the dialog can', async () => {
    const deps = fakeDeps(await tempDir());
    const asked: OpenPathRequest[] = [];
    const paths = [join('/usb', 'HoSo_A.zip'), join('/usb', 'HoSo_B.zip')];
    const dialogs = {
      ...deps.dialogs,
      askOpenPaths: (request: OpenPathRequest) => {
        asked.push(request);
        return Promise.resolve(paths);
      },
    };
    expect(await choose(deps, { dialogs })).toEqual({ ok: true, value: { paths } });
    expect(asked).toEqual([
      {
        title: 'Chọn hồ sơ cần nhập (có thể chọn nhiều tệp)',
        filters: [{ name: 'Hồ sơ nén', extensions: ['zip'] }],
      },
    ]);
  });

  it('falls back on the one-file dialog, and answers an empty list when the clerk cancels', async () => {
    const deps = fakeDeps(await tempDir());
    deps.openAnswer = join('/usb', 'HoSo_A.zip');
    expect(await choose(deps)).toEqual({ ok: true, value: { paths: [deps.openAnswer] } });
    expect(deps.openRequests[0]?.filters).toEqual([{ name: 'Hồ sơ nén', extensions: ['zip'] }]);
    deps.openAnswer = null;
    expect(await choose(deps)).toEqual({ ok: true, value: { paths: [] } });
  });
});
