// dispatch: the one entry shared by ipcMain and the end-to-end harness.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '@shared/ipc';
import { ok } from '@shared/result';
import { dispatch, isChannel, isTrustedSender } from '../../main/ipc/dispatch';
import { recordingLog } from './helpers';
import { spyHandlers } from './stub-handlers';

const calls = (handlers: Handlers) =>
  Object.values(handlers).reduce((n, h) => n + vi.mocked(h).mock.calls.length, 0);

const codeOf = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? 'ok' : result.error?.code;

describe('dispatch', () => {
  it('runs the handler with the parsed request and returns its result', async () => {
    const handlers = spyHandlers();
    const data = new Uint8Array([1, 2, 3]);

    const result = await dispatch(
      handlers,
      'file:save',
      { suggestedName: 'a.docx', data, kind: 'docx' },
      recordingLog(),
    );

    expect(result).toEqual({ ok: true, value: { path: '/saved/a.docx' } });
    expect(handlers['file:save']).toHaveBeenCalledWith({
      suggestedName: 'a.docx',
      data,
      kind: 'docx',
    });
  });

  it.each([
    ['nope:nope'],
    ['constructor'],
    ['__proto__'],
    ['toString'],
    [42],
    [null],
    [undefined],
    [{}],
  ])('refuses the unknown channel %j without calling anything', async (channel) => {
    const handlers = spyHandlers();
    const result = await dispatch(handlers, channel, {}, recordingLog());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('UNKNOWN_CHANNEL');
    expect(result.error.message).toMatch(/không hỗ trợ/);
    expect(calls(handlers)).toBe(0);
  });

  it.each([
    ['no payload', 'app:info', undefined],
    ['extra key', 'app:info', { sneaky: true }],
    ['wrong type for the path', 'folder:reveal', { path: 42 }],
    ['empty path', 'folder:reveal', { path: '' }],
    ['extra key next to the path', 'folder:reveal', { path: '/a', shell: 'rm -rf /' }],
    [
      'a name climbing out of the folder',
      'file:save',
      { suggestedName: '../../etc/passwd', data: new Uint8Array(1), kind: 'docx' },
    ],
    [
      'a Windows path as a name',
      'file:save',
      { suggestedName: 'C:\\Windows\\a.dll', data: new Uint8Array(1), kind: 'attachment' },
    ],
    [
      'data as a plain array',
      'file:save',
      { suggestedName: 'a.docx', data: [1, 2, 3], kind: 'docx' },
    ],
    ['data as a string', 'file:save', { suggestedName: 'a.docx', data: 'AQID', kind: 'docx' }],
    ['no kind', 'file:save', { suggestedName: 'a.docx', data: new Uint8Array(1) }],
    ['an unknown kind', 'file:save', { suggestedName: 'a', data: new Uint8Array(1), kind: 'exe' }],
    [
      'filters chosen by the page',
      'file:save',
      {
        suggestedName: 'a',
        data: new Uint8Array(1),
        kind: 'docx',
        filters: [{ name: 'x', extensions: ['exe'] }],
      },
    ],
    ['a payload that is an array', 'file:save', [1, 2]],
  ])(
    'refuses %s with BAD_REQUEST and never calls the handler',
    async (_label, channel, payload) => {
      const handlers = spyHandlers();
      const result = await dispatch(handlers, channel, payload, recordingLog());
      expect(codeOf(result)).toBe('BAD_REQUEST');
      if (!result.ok) expect(result.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ: ./);
      expect(calls(handlers)).toBe(0);
    },
  );

  it("names the field and keeps the contract's own Vietnamese message", async () => {
    const result = await dispatch(
      spyHandlers(),
      'file:save',
      { suggestedName: '../../etc/passwd', data: new Uint8Array(1), kind: 'docx' },
      recordingLog(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        'Dữ liệu gửi lên không hợp lệ: suggestedName: Tên tệp không hợp lệ',
      );
  });

  it('words type errors in Vietnamese too', async () => {
    const result = await dispatch(spyHandlers(), 'folder:reveal', { path: 42 }, recordingLog());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/path: .*(mong đợi|không hợp lệ)/);
  });

  it('turns a throwing handler into INTERNAL with advice, and logs the error', async () => {
    const log = recordingLog();
    const boom = new Error('disk on fire');
    const handlers = spyHandlers({ 'app:info': () => Promise.reject(boom) });

    const result = await dispatch(handlers, 'app:info', {}, log);

    expect(codeOf(result)).toBe('INTERNAL');
    if (!result.ok) {
      expect(result.error.message).toMatch(/Hãy thử lại/);
      expect(result.error.message).not.toContain('disk on fire');
    }
    expect(log.entries).toContainEqual(expect.objectContaining({ level: 'error', details: boom }));
  });

  it('survives a handler that throws synchronously and keeps serving', async () => {
    const handlers = spyHandlers({
      'folder:reveal': () => {
        throw new TypeError('bug');
      },
    });
    expect(codeOf(await dispatch(handlers, 'folder:reveal', { path: '/a' }, recordingLog()))).toBe(
      'INTERNAL',
    );
    expect(codeOf(await dispatch(handlers, 'app:info', {}, recordingLog()))).toBe('ok');
  });

  it('refuses a handler answer outside the contract rather than passing it to the page', async () => {
    const log = recordingLog();
    const handlers = spyHandlers({
      'app:info': () => Promise.resolve(ok({ name: 'n' } as never)),
    });
    expect(codeOf(await dispatch(handlers, 'app:info', {}, log))).toBe('INTERNAL');
    expect(log.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('logs where an answer breaks the contract, never the answer itself (records, email bodies)', async () => {
    const log = recordingLog();
    const handlers = spyHandlers({
      'app:info': () =>
        Promise.resolve(
          ok({
            name: 'Nguyễn Thị Hoa',
            version: 2,
            note: 'Sáng kiến mật: SĐT 0912345678',
          } as never),
        ),
    });
    expect(codeOf(await dispatch(handlers, 'app:info', {}, log))).toBe('INTERNAL');
    const logged = JSON.stringify(log.entries);
    expect(logged).toContain('version');
    expect(logged).not.toContain('Nguyễn Thị Hoa');
    expect(logged).not.toContain('0912345678');
  });

  it('passes a handler-made error through unchanged', async () => {
    const handlers = spyHandlers({
      'folder:reveal': () =>
        Promise.resolve({ ok: false, error: { code: 'PATH_REFUSED', message: 'Không' } }),
    });
    expect(await dispatch(handlers, 'folder:reveal', { path: '/a' }, recordingLog())).toEqual({
      ok: false,
      error: { code: 'PATH_REFUSED', message: 'Không' },
    });
  });
});

describe('isChannel', () => {
  it('knows only the contract channels', () => {
    expect(isChannel('app:info')).toBe(true);
    expect(isChannel('hasOwnProperty')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts our own page in its top-level frame', () => {
    expect(isTrustedSender('app://desk/index.html', true)).toBe(true);
    expect(isTrustedSender('app://desk/#/initiatives/1', true)).toBe(true);
  });

  it('refuses subframes, other origins and missing URLs', () => {
    expect(isTrustedSender('app://desk/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender('app://desk.evil.example/', true)).toBe(false);
    expect(isTrustedSender('app://evil/desk', true)).toBe(false);
    expect(isTrustedSender('file:///home/clerk/a.html', true)).toBe(false);
    expect(isTrustedSender('about:blank', true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
  });

  it('trusts the dev server only when it is listed', () => {
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false);
    expect(
      isTrustedSender('http://localhost:5173/', true, ['app://desk', 'http://localhost:5173']),
    ).toBe(true);
    expect(
      isTrustedSender('http://localhost:5174/', true, ['app://desk', 'http://localhost:5173']),
    ).toBe(false);
  });
});
