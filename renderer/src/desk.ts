// The renderer's one door to the main process: typed by the contract in shared/ipc.ts.
import type { Channel, DeskApi, Request, Response } from '@shared/ipc';
import type { Result } from '@shared/result';

declare global {
  interface Window {
    desk?: DeskApi;
  }
}

/** Calls a main-process capability; never throws, so every caller handles the failure it can get. */
export const invoke = async <C extends Channel>(
  channel: C,
  request: Request<C>,
): Promise<Result<Response<C>>> => {
  const desk = window.desk;
  if (!desk)
    return {
      ok: false,
      error: {
        code: 'NO_BRIDGE',
        message: 'Ứng dụng chưa sẵn sàng: hãy khởi động lại Sáng kiến Desk.',
      },
    };
  try {
    const fn = desk[channel] as (r: Request<C>) => Promise<Result<Response<C>>>;
    return await fn(request);
  } catch {
    return {
      ok: false,
      error: { code: 'IPC_FAILED', message: 'Không liên lạc được với ứng dụng. Hãy thử lại.' },
    };
  }
};
