// The bench's app pages start as on a later start of the day: today's backup is already made, so
// what is measured is the register, not a once-a-day backup of the whole database started by the
// previous open and interrupted by the next reload (docs/decisions.md, D57).
import type { MainInvoke } from '../e2e/desk-bridge';

/** `invoke` with `backup:list` answering that today's backup exists. */
export const withTodaysBackup =
  (invoke: MainInvoke, folder: string): MainInvoke =>
  async (sender, channel, payload) => {
    if (channel !== 'backup:list') return invoke(sender, channel, payload);
    const today = {
      fileName: 'SaoLuu_hom-nay.skdb',
      createdAt: new Date().toISOString(),
      reason: 'daily',
      size: 1,
    };
    return { ok: true, value: { folder, backups: [today] } };
  };
