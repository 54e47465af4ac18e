// Why a spreadsheet is refused by the import (issue 10): a typed code and a Vietnamese message
// saying what to do next. Nothing is written when one of these is raised.
import { fail } from '@shared/result';
import type { ErrorCode } from '@shared/errors';
import { groupDigits } from '@shared/format';

export type SheetErrorCode = Extract<ErrorCode, `SHEET_${string}`>;

/** Thrown while a sheet is read and turned into a failed Result at the handler. */
export class SheetRefusal extends Error {
  /** `cause`: what the reader threw, for the log; the clerk sees the message. */
  constructor(
    readonly code: SheetErrorCode,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SheetRefusal';
  }

  toResult() {
    return fail(this.code, this.message);
  }
}

const SAVE_AS =
  'Hãy mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) kiểu «Excel Workbook (.xlsx)» rồi chọn lại tệp, hoặc tải mẫu nhập (.xlsx) và chép dữ liệu vào đó.';

export const sheetRefusal = {
  notXlsx: (name: string) =>
    new SheetRefusal(
      'SHEET_NOT_XLSX',
      `Tệp «${name}» không phải bảng tính Excel (.xlsx). ${SAVE_AS}`,
    ),
  oldExcel: (name: string) =>
    new SheetRefusal(
      'SHEET_NOT_XLSX',
      `Tệp «${name}» là bảng tính Excel kiểu cũ (.xls), Sáng kiến Desk chỉ đọc kiểu .xlsx. ${SAVE_AS}`,
    ),
  encrypted: (name: string) =>
    new SheetRefusal(
      'SHEET_ENCRYPTED',
      `Tệp «${name}» được đặt mật khẩu nên Sáng kiến Desk không đọc được. Không có gì được nhập. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi chọn lại tệp.`,
    ),
  unreadable: (name: string, cause?: unknown) =>
    new SheetRefusal(
      'SHEET_UNREADABLE',
      `Không đọc được tệp «${name}»: tệp có thể bị hỏng hoặc chưa chép xong. Không có gì được nhập. ${SAVE_AS}`,
      cause,
    ),
  empty: (name: string) =>
    new SheetRefusal(
      'SHEET_EMPTY',
      `Trang đầu của tệp «${name}» không có dòng tiêu đề. Hãy tải mẫu nhập (.xlsx), chép dữ liệu vào trang «Sáng kiến» rồi chọn lại tệp.`,
    ),
  badColumns: (message: string) => new SheetRefusal('SHEET_BAD_COLUMNS', message),
  columnsTooFar: (max: number) =>
    new SheetRefusal(
      'SHEET_BAD_COLUMNS',
      `Các cột của mẫu nhập phải nằm trong ${max} cột đầu của trang tính. Không có gì được nhập. Hãy tải mẫu nhập (.xlsx), chép dữ liệu vào đó rồi chọn lại tệp.`,
    ),
  tooManyRows: (max: number) =>
    new SheetRefusal(
      'SHEET_TOO_MANY_ROWS',
      `Bảng tính có hơn ${groupDigits(max)} dòng dữ liệu, quá số dòng một lần nhập nhận. Không có gì được nhập. Hãy chia danh sách thành nhiều tệp, mỗi tệp tối đa ${groupDigits(max)} dòng, rồi nhập từng tệp.`,
    ),
};
