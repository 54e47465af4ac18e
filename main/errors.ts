// The Vietnamese messages the clerk reads for main's errors; the codes are in shared/errors.ts.
// Each message says what happened and what to do next: the clerk cannot read a stack trace.
import { fail } from '@shared/result';

export const unknownChannel = () =>
  fail(
    'UNKNOWN_CHANNEL',
    'Phiên bản Sáng kiến Desk này không hỗ trợ yêu cầu vừa gửi. Hãy khởi động lại ứng dụng; nếu vẫn lỗi, hãy cài bản mới nhất.',
  );

export const badRequest = (details: string) =>
  fail('BAD_REQUEST', `Dữ liệu gửi lên không hợp lệ: ${details}`);

export const forbidden = () =>
  fail(
    'FORBIDDEN',
    'Yêu cầu bị từ chối vì không đến từ cửa sổ chính của Sáng kiến Desk. Hãy thao tác lại trong cửa sổ chính.',
  );

export const internal = () =>
  fail(
    'INTERNAL',
    'Đã có lỗi ngoài dự kiến nên thao tác chưa hoàn tất. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại Sáng kiến Desk và báo cho người hỗ trợ kỹ thuật.',
  );

export const writeFailed = (folder: string) =>
  fail(
    'WRITE_FAILED',
    `Tệp chưa được lưu vào thư mục "${folder}": thư mục có thể chỉ cho phép đọc, ổ đĩa đã đầy hoặc tệp đang mở trong chương trình khác. Hãy chọn thư mục khác (ví dụ thư mục Tài liệu) rồi lưu lại.`,
  );

export const pathRefused = () =>
  fail(
    'PATH_REFUSED',
    'Chỉ mở được thư mục của tệp do Sáng kiến Desk lưu trong lần làm việc này. Hãy lưu lại tệp rồi bấm mở thư mục.',
  );

export const openRefused = () =>
  fail(
    'PATH_REFUSED',
    'Chỉ mở được tệp do Sáng kiến Desk lưu trong lần làm việc này. Hãy xuất lại hồ sơ rồi bấm mở tệp.',
  );

export const openKindRefused = () =>
  fail(
    'PATH_REFUSED',
    'Sáng kiến Desk chỉ tự mở tệp Word, Excel hoặc PDF do ứng dụng lập. Tệp này đã được lưu: hãy bấm "Mở thư mục" rồi chỉ mở tệp nếu bạn tin nơi gửi nó.',
  );

export const openFailed = (name: string) =>
  fail(
    'OPEN_FAILED',
    `Máy chưa mở được tệp "${name}": có thể chưa cài chương trình soạn thảo văn bản (Word, LibreOffice). Hãy cài một chương trình như vậy, hoặc mở thư mục rồi mở tệp bằng tay.`,
  );

export const fileGone = () =>
  fail(
    'NOT_FOUND',
    'Không tìm thấy tệp: có thể tệp đã bị xoá hoặc chuyển đi nơi khác. Hãy lưu lại tệp rồi thử lại.',
  );

export const nameTooLong = (folder: string) =>
  fail(
    'NAME_TOO_LONG',
    `Tên tệp hoặc đường dẫn tới thư mục "${folder}" quá dài nên tệp chưa được lưu. Hãy đặt tên tệp ngắn hơn, hoặc chọn thư mục gần gốc ổ đĩa hơn (ví dụ thư mục Tài liệu), rồi lưu lại.`,
  );

export const fileKindRefused = (extension: string) =>
  fail(
    'FILE_KIND_REFUSED',
    `Không lưu tệp có đuôi ".${extension}": loại tệp này có thể chạy chương trình trên máy. Hãy mở tệp gốc từ nơi đã lấy nó, hoặc nén tệp (.zip) trước khi đính kèm.`,
  );

export const emptyDossier = (message: string) => fail('EMPTY_DOSSIER', message);

export const folderNotWritable = (folder: string) =>
  fail(
    'WRITE_FAILED',
    `Chưa lưu được hồ sơ vào thư mục "${folder}": thư mục có thể chỉ cho phép đọc, ổ đĩa đã đầy hoặc một tệp cùng tên đang mở trong Word. Không có tệp nào được ghi dở. Hãy đóng các tệp đang mở hoặc chọn thư mục khác (ví dụ thư mục Tài liệu) rồi xuất lại.`,
  );

export const mailUnavailable = () =>
  fail(
    'MAIL_UNAVAILABLE',
    'Bản Sáng kiến Desk này chưa gửi được email vì không có nơi cất mật khẩu an toàn. Hãy lưu hồ sơ ra thư mục hoặc USB để gửi cách khác, và báo cho người hỗ trợ kỹ thuật.',
  );

export const mailNotConfigured = () =>
  fail(
    'MAIL_NOT_CONFIGURED',
    'Chưa thiết lập email gửi hồ sơ. Hãy mở Thiết lập email, chọn Gmail hoặc máy chủ khác, nhập tài khoản và mật khẩu, bấm "Gửi thư thử" rồi gửi lại.',
  );
