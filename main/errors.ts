// Error codes and the Vietnamese messages the clerk reads. Each message says what happened and
// what to do next, because the clerk cannot read a stack trace.
import { fail } from '@shared/result';

export const ErrorCode = {
  UNKNOWN_CHANNEL: 'UNKNOWN_CHANNEL',
  BAD_REQUEST: 'BAD_REQUEST',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL: 'INTERNAL',
  WRITE_FAILED: 'WRITE_FAILED',
  PATH_REFUSED: 'PATH_REFUSED',
  NOT_FOUND: 'NOT_FOUND',
  MAIL_UNAVAILABLE: 'MAIL_UNAVAILABLE',
  MAIL_NOT_CONFIGURED: 'MAIL_NOT_CONFIGURED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const unknownChannel = () =>
  fail(
    ErrorCode.UNKNOWN_CHANNEL,
    'Phiên bản Sáng kiến Desk này không hỗ trợ yêu cầu vừa gửi. Hãy khởi động lại ứng dụng; nếu vẫn lỗi, hãy cài bản mới nhất.',
  );

export const badRequest = (details: string) =>
  fail(ErrorCode.BAD_REQUEST, `Dữ liệu gửi lên không hợp lệ: ${details}`);

export const forbidden = () =>
  fail(
    ErrorCode.FORBIDDEN,
    'Yêu cầu bị từ chối vì không đến từ cửa sổ chính của Sáng kiến Desk. Hãy thao tác lại trong cửa sổ chính.',
  );

export const internal = () =>
  fail(
    ErrorCode.INTERNAL,
    'Đã có lỗi ngoài dự kiến nên thao tác chưa hoàn tất. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại Sáng kiến Desk và báo cho người hỗ trợ kỹ thuật.',
  );

export const writeFailed = (folder: string) =>
  fail(
    ErrorCode.WRITE_FAILED,
    `Tệp chưa được lưu vào thư mục "${folder}": thư mục có thể chỉ cho phép đọc, ổ đĩa đã đầy hoặc tệp đang mở trong chương trình khác. Hãy chọn thư mục khác (ví dụ thư mục Tài liệu) rồi lưu lại.`,
  );

export const pathRefused = () =>
  fail(
    ErrorCode.PATH_REFUSED,
    'Chỉ mở được thư mục của tệp do Sáng kiến Desk lưu trong lần làm việc này. Hãy lưu lại tệp rồi bấm mở thư mục.',
  );

export const fileGone = () =>
  fail(
    ErrorCode.NOT_FOUND,
    'Không tìm thấy tệp: có thể tệp đã bị xoá hoặc chuyển đi nơi khác. Hãy lưu lại tệp rồi thử lại.',
  );

export const mailUnavailable = () =>
  fail(
    ErrorCode.MAIL_UNAVAILABLE,
    'Bản Sáng kiến Desk này chưa gửi được email vì không có nơi cất mật khẩu an toàn. Hãy lưu hồ sơ ra thư mục hoặc USB để gửi cách khác, và báo cho người hỗ trợ kỹ thuật.',
  );

export const mailNotConfigured = () =>
  fail(
    ErrorCode.MAIL_NOT_CONFIGURED,
    'Chưa thiết lập email gửi hồ sơ. Hãy mở Thiết lập email, chọn Gmail hoặc máy chủ khác, nhập tài khoản và mật khẩu, bấm "Gửi thư thử" rồi gửi lại.',
  );
