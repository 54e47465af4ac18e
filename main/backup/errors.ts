// The backup's error codes and Vietnamese messages: each says what happened and what to do next.
import { fail } from '@shared/result';

export const BackupErrorCode = {
  BACKUP_INVALID: 'BACKUP_INVALID',
  BACKUP_TOO_NEW: 'BACKUP_TOO_NEW',
  BACKUP_NOT_FOUND: 'BACKUP_NOT_FOUND',
  BACKUP_WRITE_FAILED: 'BACKUP_WRITE_FAILED',
  BACKUP_BUSY: 'BACKUP_BUSY',
  BACKUP_TOO_LARGE: 'BACKUP_TOO_LARGE',
} as const;

/** Why a file was refused, for the log; the clerk reads the message of backupInvalid(). */
export class BackupRefused extends Error {
  constructor(
    readonly reason: string,
    readonly tooNew: { schemaVersion: number; formatVersion: number } | null = null,
  ) {
    super(reason);
    this.name = 'BackupRefused';
  }
}

export const backupInvalid = (fileName: string) =>
  fail(
    BackupErrorCode.BACKUP_INVALID,
    `Tệp "${fileName}" không phải bản sao lưu của Sáng kiến Desk hoặc đã bị hỏng (thiếu dữ liệu, bị sửa, hoặc chép chưa xong), nên chưa khôi phục gì: dữ liệu hiện tại vẫn giữ nguyên. Hãy chọn một bản sao lưu khác.`,
  );

export const backupTooNew = (fileName: string) =>
  fail(
    BackupErrorCode.BACKUP_TOO_NEW,
    `Bản sao lưu "${fileName}" được tạo bởi phiên bản Sáng kiến Desk mới hơn phiên bản đang dùng, nên chưa khôi phục gì: dữ liệu hiện tại vẫn giữ nguyên. Hãy cài phiên bản mới nhất rồi khôi phục lại.`,
  );

export const backupNotFound = (fileName: string) =>
  fail(
    BackupErrorCode.BACKUP_NOT_FOUND,
    `Không tìm thấy bản sao lưu "${fileName}": có thể tệp đã bị xoá hoặc chuyển đi. Hãy mở lại màn hình Sao lưu & khôi phục rồi chọn bản khác.`,
  );

export const backupWriteFailed = (folder: string) =>
  fail(
    BackupErrorCode.BACKUP_WRITE_FAILED,
    `Chưa ghi được bản sao lưu vào thư mục "${folder}": ổ đĩa có thể đã đầy hoặc thư mục chỉ cho phép đọc. Hãy giải phóng dung lượng ổ đĩa (hoặc chọn thư mục khác) rồi bấm "Sao lưu ngay".`,
  );

export const backupBusy = () =>
  fail(
    BackupErrorCode.BACKUP_BUSY,
    'Đang có hai bản sao lưu khác được ghi nên chưa sao lưu thêm được. Hãy đợi vài phút cho chúng ghi xong rồi thử lại.',
  );

export const backupTooLarge = () =>
  fail(
    BackupErrorCode.BACKUP_TOO_LARGE,
    'Dữ liệu cần sao lưu lớn hơn 1 GB, quá giới hạn của một bản sao lưu, nên chưa sao lưu được. Hãy xoá hẳn các sáng kiến trong thùng rác và các tệp đính kèm không còn dùng rồi sao lưu lại.',
  );

export const backupWriteLost = () =>
  fail(
    'NOT_FOUND',
    'Lần ghi bản sao lưu này đã dừng giữa chừng (có thể vì ứng dụng vừa tải lại), nên chưa có tệp sao lưu nào được ghi. Hãy bấm "Sao lưu ngay" để sao lưu lại.',
  );

export const backupWriteMismatch = () =>
  fail(
    'BAD_REQUEST',
    'Dữ liệu sao lưu gửi sang không khớp (thiếu, thừa hoặc sai thứ tự), nên chưa có tệp sao lưu nào được ghi. Hãy bấm "Sao lưu ngay" để sao lưu lại.',
  );

export const backupReadLost = () =>
  fail(
    'NOT_FOUND',
    'Bản sao lưu đang đọc đã được đóng (có thể vì vừa chọn bản khác), nên chưa khôi phục gì: dữ liệu hiện tại vẫn giữ nguyên. Hãy chọn lại bản sao lưu để khôi phục.',
  );
