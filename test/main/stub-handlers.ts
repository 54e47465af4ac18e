// Every channel's handler as a spy with a harmless answer, for the tests of the IPC wrapper and of
// dispatch; a channel added to the contract gets its default here once (a type error until then).
import { vi } from 'vitest';
import type { Handlers } from '@shared/ipc';
import { fail, ok } from '@shared/result';

export const sent = { status: 'sent', messageId: '<m@desk>', serverResponse: '250 OK' } as const;

/** Handlers that record their calls; each test overrides what it needs. */
export function spyHandlers(overrides: Partial<Handlers> = {}) {
  const handlers = {
    'app:info': vi.fn<Handlers['app:info']>(() =>
      Promise.resolve(ok({ name: 'n', version: 'v', platform: 'p', dataDir: '/d' })),
    ),
    'file:save': vi.fn<Handlers['file:save']>(() => Promise.resolve(ok({ path: '/saved/a.docx' }))),
    'folder:reveal': vi.fn<Handlers['folder:reveal']>(() => Promise.resolve(ok({ shown: true }))),
    'page:flushed': vi.fn<Handlers['page:flushed']>(() => Promise.resolve(ok({ received: true }))),
    'backup:list': vi.fn<Handlers['backup:list']>(() =>
      Promise.resolve(ok({ folder: '/d', backups: [] })),
    ),
    'backup:write:begin': vi.fn<Handlers['backup:write:begin']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'backup:write:chunk': vi.fn<Handlers['backup:write:chunk']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'backup:write:end': vi.fn<Handlers['backup:write:end']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'backup:write:abort': vi.fn<Handlers['backup:write:abort']>(() =>
      Promise.resolve(ok({ dropped: false })),
    ),
    'backup:read': vi.fn<Handlers['backup:read']>(() => Promise.resolve(ok(null))),
    'backup:read:chunk': vi.fn<Handlers['backup:read:chunk']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'backup:read:end': vi.fn<Handlers['backup:read:end']>(() =>
      Promise.resolve(ok({ dropped: false })),
    ),
    'dossier:export': vi.fn<Handlers['dossier:export']>(() => Promise.resolve(ok(null))),
    'file:open': vi.fn<Handlers['file:open']>(() => Promise.resolve(ok({ opened: true }))),
    'sheet:export': vi.fn<Handlers['sheet:export']>(() => Promise.resolve(ok(null))),
    'report:export': vi.fn<Handlers['report:export']>(() => Promise.resolve(ok(null))),
    'sheet:export:begin': vi.fn<Handlers['sheet:export:begin']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'sheet:export:rows': vi.fn<Handlers['sheet:export:rows']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'sheet:export:end': vi.fn<Handlers['sheet:export:end']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'sheet:template': vi.fn<Handlers['sheet:template']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'sheet:import:open': vi.fn<Handlers['sheet:import:open']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'sheet:import:next': vi.fn<Handlers['sheet:import:next']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'sheet:import:close': vi.fn<Handlers['sheet:import:close']>(() =>
      Promise.reject(new Error('not called')),
    ),
    'bundle:write': vi.fn<Handlers['bundle:write']>(() => Promise.resolve(ok(null))),
    'bundle:choose': vi.fn<Handlers['bundle:choose']>(() => Promise.resolve(ok({ paths: [] }))),
    'bundle:outbox:prune': vi.fn<Handlers['bundle:outbox:prune']>(() =>
      Promise.resolve(ok({ removed: 0 })),
    ),
    'bundle:read': vi.fn<Handlers['bundle:read']>(() =>
      Promise.resolve(fail('BUNDLE_NOT_ZIP', 'm')),
    ),
    'mail:settings:get': vi.fn<Handlers['mail:settings:get']>(() =>
      Promise.resolve(ok({ settings: null, passwordStored: false })),
    ),
    'mail:settings:set': vi.fn<Handlers['mail:settings:set']>(() =>
      Promise.resolve(ok({ passwordStored: true })),
    ),
    'mail:test': vi.fn<Handlers['mail:test']>(() => Promise.resolve(ok(sent))),
    'mail:send': vi.fn<Handlers['mail:send']>(() => Promise.resolve(ok(sent))),
    ...overrides,
  } satisfies Handlers;
  return handlers;
}
