// One entry for every renderer→main call, used by the Electron wiring and by the end-to-end
// harness alike: channel known, payload parsed by the contract, errors returned as values.
import { z } from 'zod';
import { describeIssues } from '@shared/zod-issues';
import { contract } from '@shared/ipc';
import type { Channel, Handlers, ParsedRequest } from '@shared/ipc';
import type { Result } from '@shared/result';
import { APP_ORIGIN, isTrustedOrigin } from '../app-identity';
import { badRequest, internal, unknownChannel } from '../errors';
import type { Log } from '../ports';
import { consoleLog } from '../services/console-log';

// zod's own Vietnamese wording for type errors; schema-level messages (e.g. "Tên tệp không hợp lệ")
// still take precedence. Passed per call: the contract does not load shared/model/common.ts,
// where the app sets zod's locale once.
const vietnameseIssues = z.locales.vi().localeError;
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  log: Log = consoleLog,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    log.warn('IPC call on an unknown channel', { channel: String(channel).slice(0, 100) });
    return unknownChannel();
  }
  return run(handlers, channel, payload, log);
}

/**
 * True for a call from our own page's top-level frame. Subframes and other origins are refused,
 * as VS Code's validatedIpcMain does: a frame we did not author must not reach the disk.
 */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  trustedOrigins: readonly string[] = [APP_ORIGIN],
): boolean {
  return isMainFrame && isTrustedOrigin(frameUrl, trustedOrigins);
}

export function isChannel(value: unknown): value is Channel {
  // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

async function run<C extends Channel>(
  handlers: Handlers,
  channel: C,
  payload: unknown,
  log: Log,
): Promise<Result<unknown>> {
  const { request, response } = contract[channel];
  const parsed = request.safeParse(payload, { error: vietnameseIssues });
  if (!parsed.success) {
    log.warn(`IPC ${channel}: payload refused`, { issues: parsed.error.issues });
    return badRequest(describeIssues(parsed.error.issues));
  }
  const handler: Handlers[C] = handlers[channel];
  try {
    // contract[C].request parses to ParsedRequest<C>; TypeScript cannot follow a generic index.
    const result = await handler(parsed.data as ParsedRequest<C>);
    // Holding handlers to the contract here catches a wrong shape before the page trusts it.
    const checked = result.ok ? response.safeParse(result.value) : null;
    if (checked !== null && !checked.success) {
      // Where it broke, not the value: an answer carries the clerk's records (names, phone
      // numbers of authors), and zod's issues name fields without their input.
      log.error(`IPC ${channel}: handler returned a value outside the contract`, {
        issues: checked.error.issues,
      });
      return internal();
    }
    return result;
  } catch (error) {
    log.error(`IPC ${channel}: handler threw`, error);
    return internal();
  }
}
