// Sorts a failed SMTP attempt into temporary (retry later, same Message-ID) or permanent (stop and
// tell the clerk), keeping the server's own words. nodemailer wraps network errors in its own
// codes (ESOCKET, EDNS, ECONNECTION), so the system code is also read from the message.
import type { SendFailure } from '@shared/mail/outcome';

interface SmtpErrorShape {
  readonly code?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
  readonly message?: unknown;
}

const OFFLINE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EDNS',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
]);
const REFUSED = new Set(['ECONNREFUSED']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNECTION', 'ESOCKET', 'ECONNABORTED']);
const TIMED_OUT = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);
/** A line cut in the middle of the TLS handshake is the network, not the settings. */
const SEVERED = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

const RETRY = 'Sáng kiến Desk sẽ tự gửi lại sau ít phút (thư giữ nguyên mã, không bị gửi trùng).';

export function classifySendFailure(error: unknown): SendFailure {
  const e: SmtpErrorShape = typeof error === 'object' && error !== null ? error : {};
  const message = typeof e.message === 'string' ? e.message : String(error);
  const serverResponse = typeof e.response === 'string' ? e.response.slice(0, 1000) : null;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const code = typeof e.code === 'string' ? e.code : '';
  const systemCodes = new Set([code, ...(message.match(/\bE[A-Z_]{3,}\b/g) ?? [])]);
  const has = (set: ReadonlySet<string>) => [...systemCodes].some((c) => set.has(c));
  const words = serverResponse ?? message;

  const temporary = (ourCode: string, text: string): SendFailure => ({
    status: 'temporary',
    code: ourCode,
    message: `${text} ${RETRY}`,
    serverResponse,
  });
  const permanent = (ourCode: string, text: string): SendFailure => ({
    status: 'permanent',
    code: ourCode,
    message: text,
    serverResponse,
  });

  const tooBig =
    responseCode === 552 ||
    (responseCode !== null && responseCode >= 500 && /size|too (big|large)/i.test(words));
  if (tooBig)
    return permanent(
      'MAIL_TOO_BIG',
      `Máy chủ thư từ chối vì thư quá lớn (máy chủ trả lời: "${words}"). Hãy chia hồ sơ thành nhiều thư hoặc lưu hồ sơ ra thư mục, USB để gửi cách khác.`,
    );
  if (code === 'EAUTH' || code === 'ENOAUTH' || responseCode === 535 || responseCode === 534)
    return permanent(
      'MAIL_AUTH',
      `Máy chủ thư không chấp nhận tên đăng nhập hoặc mật khẩu (máy chủ trả lời: "${words}"). Hãy mở Thiết lập email, kiểm tra tên đăng nhập và nhập lại mật khẩu; với Gmail cần dùng "Mật khẩu ứng dụng", không dùng mật khẩu đăng nhập thường.`,
    );
  if (responseCode !== null && responseCode >= 500)
    return permanent(
      'MAIL_REJECTED',
      `Máy chủ thư từ chối thư (máy chủ trả lời: "${words}"). Hãy kiểm tra địa chỉ người nhận và Thiết lập email rồi bấm "Gửi lại".`,
    );
  if (responseCode !== null && responseCode >= 400)
    return temporary(
      'MAIL_SERVER_BUSY',
      `Máy chủ thư tạm thời chưa nhận thư (máy chủ trả lời: "${words}").`,
    );
  if (/certificate|SSL|TLS|wrong version number/i.test(message) && !has(SEVERED))
    return permanent(
      'MAIL_TLS',
      `Không thiết lập được kết nối bảo mật với máy chủ thư (${message}). Hãy kiểm tra cổng và kiểu bảo mật trong Thiết lập email (Gmail: cổng 465, SSL/TLS).`,
    );
  if (has(OFFLINE))
    return temporary(
      'MAIL_OFFLINE',
      'Không tìm thấy máy chủ thư: máy tính có thể đang mất mạng, hoặc tên máy chủ trong Thiết lập email bị gõ sai.',
    );
  if (has(REFUSED))
    return temporary(
      'MAIL_REFUSED',
      'Máy chủ thư không nhận kết nối: máy chủ có thể đang bảo trì, hoặc cổng trong Thiết lập email chưa đúng.',
    );
  if (has(TIMED_OUT))
    return temporary(
      'MAIL_TIMEOUT',
      'Máy chủ thư không trả lời kịp: mạng có thể đang chậm hoặc chập chờn.',
    );
  if (has(DROPPED)) return temporary('MAIL_DROPPED', 'Kết nối tới máy chủ thư bị ngắt giữa chừng.');
  // An unclear failure may or may not have reached the server: retrying with the same Message-ID
  // is safe, and the back-off keeps it from looping fast.
  return temporary('MAIL_UNKNOWN', `Chưa gửi được thư (${message.slice(0, 300)}).`);
}
