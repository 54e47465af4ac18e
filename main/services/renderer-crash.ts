// When the page's process dies (a crash, out of memory, killed), the window would stay blank:
// reload it and tell the clerk. Everything shown as "Đã lưu" is in IndexedDB, which the crash does
// not touch. A page that keeps crashing is not reloaded forever.
import type { Log } from '../ports';

export const RELOADED_AFTER_CRASH =
  'Trang làm việc của Sáng kiến Desk vừa gặp sự cố và đã được mở lại. Dữ liệu đã lưu vẫn còn nguyên; hãy xem lại thay đổi vừa nhập ngay trước sự cố rồi làm tiếp.';

export const CRASHING_REPEATEDLY =
  'Trang làm việc của Sáng kiến Desk gặp sự cố nhiều lần liên tiếp nên chưa được mở lại. Dữ liệu đã lưu vẫn còn nguyên. Hãy đóng rồi mở lại ứng dụng; nếu vẫn lỗi, hãy khởi động lại máy và báo cho người hỗ trợ kỹ thuật.';

/** What Electron's 'render-process-gone' tells (RenderProcessGoneDetails). */
export interface GoneDetails {
  readonly reason: string;
  readonly exitCode: number;
}

export interface CrashRecoveryDeps {
  readonly reload: () => void;
  /** Shows the clerk a message (a dialog over the window). */
  readonly tell: (message: string) => void;
  readonly log: Log;
  readonly now?: () => number;
  /** At most this many reloads within `windowMs`; then the clerk is told to restart. */
  readonly maxReloads?: number;
  readonly windowMs?: number;
}

export type CrashAction = 'ignored' | 'reloaded' | 'gave-up';

export function createCrashRecovery(
  deps: CrashRecoveryDeps,
): (details: GoneDetails) => CrashAction {
  const now = deps.now ?? Date.now;
  const maxReloads = deps.maxReloads ?? 3;
  const windowMs = deps.windowMs ?? 60_000;
  const recent: number[] = [];
  return (details) => {
    // 'clean-exit' is the page closing normally, e.g. with the window.
    if (details.reason === 'clean-exit') return 'ignored';
    deps.log.error('The page process stopped', details);
    const t = now();
    while (recent.length > 0 && t - (recent[0] ?? t) > windowMs) recent.shift();
    if (recent.length >= maxReloads) {
      deps.tell(CRASHING_REPEATEDLY);
      return 'gave-up';
    }
    recent.push(t);
    deps.reload();
    deps.tell(RELOADED_AFTER_CRASH);
    return 'reloaded';
  };
}
