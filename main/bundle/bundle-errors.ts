// Why a bundle is refused: a typed code and a Vietnamese message saying what to do next. The clerk
// reads these in the import and the CLI prints them; the codes let tests and the outbox tell them
// apart.
import { fail } from '@shared/result';

export const BundleErrorCode = {
  UNREADABLE: 'BUNDLE_UNREADABLE',
  NOT_ZIP: 'BUNDLE_NOT_ZIP',
  DAMAGED: 'BUNDLE_DAMAGED',
  BAD_ENTRY_NAME: 'BUNDLE_BAD_ENTRY_NAME',
  TOO_MANY_ENTRIES: 'BUNDLE_TOO_MANY_ENTRIES',
  TOO_LARGE: 'BUNDLE_TOO_LARGE',
  SIZE_MISMATCH: 'BUNDLE_SIZE_MISMATCH',
  NO_MANIFEST: 'BUNDLE_NO_MANIFEST',
  MANIFEST_INVALID: 'BUNDLE_MANIFEST_INVALID',
  VERSION_UNKNOWN: 'BUNDLE_VERSION_UNKNOWN',
  FILES_MISMATCH: 'BUNDLE_FILES_MISMATCH',
  CHECKSUM_MISMATCH: 'BUNDLE_CHECKSUM_MISMATCH',
  DATA_INVALID: 'BUNDLE_DATA_INVALID',
} as const;
export type BundleErrorCode = (typeof BundleErrorCode)[keyof typeof BundleErrorCode];

const ASK_AGAIN = 'Hãy đề nghị đơn vị gửi lập và gửi lại hồ sơ.';

/** Thrown inside the verifier and turned into a failed Result at its edge. */
export class BundleRefusal extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BundleRefusal';
  }

  toResult() {
    return fail(this.code, this.message);
  }
}

export const refuse = {
  unreadable: (file: string) =>
    new BundleRefusal(
      BundleErrorCode.UNREADABLE,
      `Không mở được tệp "${file}": tệp không còn ở đó hoặc không có quyền đọc. Hãy chọn lại tệp hồ sơ.`,
    ),
  notZip: (file: string) =>
    new BundleRefusal(
      BundleErrorCode.NOT_ZIP,
      `Tệp "${file}" không phải hồ sơ nén .zip. Hãy chọn đúng tệp hồ sơ (HoSo_….zip) đơn vị gửi.`,
    ),
  damaged: (file: string) =>
    new BundleRefusal(
      BundleErrorCode.DAMAGED,
      `Tệp "${file}" bị hỏng hoặc chưa tải về, chép sang hết. Hãy tải lại tệp từ email hoặc chép lại từ USB rồi mở lại; nếu vẫn lỗi, ${ASK_AGAIN.toLowerCase()}`,
    ),
  badEntryName: (name: string, why: string) =>
    new BundleRefusal(
      BundleErrorCode.BAD_ENTRY_NAME,
      `Hồ sơ có tệp bên trong mang tên không an toàn ("${printable(name)}": ${why}) nên không được mở. Hồ sơ này không do Sáng kiến Desk lập hoặc đã bị sửa. ${ASK_AGAIN}`,
    ),
  tooManyEntries: (count: number, max: number) =>
    new BundleRefusal(
      BundleErrorCode.TOO_MANY_ENTRIES,
      `Hồ sơ chứa ${count} tệp, quá giới hạn ${max} tệp nên không được mở. ${ASK_AGAIN}`,
    ),
  tooLarge: (name: string, limitBytes: number) =>
    new BundleRefusal(
      BundleErrorCode.TOO_LARGE,
      `Hồ sơ giải nén ra quá lớn (tệp "${printable(name)}" vượt giới hạn ${Math.round(limitBytes / 1024 / 1024)} MB) nên đã dừng lại để bảo vệ máy. ${ASK_AGAIN}`,
    ),
  sizeMismatch: (name: string) =>
    new BundleRefusal(
      BundleErrorCode.SIZE_MISMATCH,
      `Tệp "${printable(name)}" trong hồ sơ có kích thước khác với kích thước ghi trong tệp nén: hồ sơ bị hỏng hoặc bị sửa. ${ASK_AGAIN}`,
    ),
  noManifest: () =>
    new BundleRefusal(
      BundleErrorCode.NO_MANIFEST,
      `Tệp nén này không có manifest.json nên không phải hồ sơ do Sáng kiến Desk lập. Hãy chọn đúng tệp hồ sơ (HoSo_….zip).`,
    ),
  manifestInvalid: (details: string) =>
    new BundleRefusal(
      BundleErrorCode.MANIFEST_INVALID,
      `Tệp manifest.json của hồ sơ không hợp lệ (${details}). ${ASK_AGAIN}`,
    ),
  versionUnknown: (version: string) =>
    new BundleRefusal(
      BundleErrorCode.VERSION_UNKNOWN,
      `Hồ sơ được lập theo định dạng phiên bản ${version}, bản Sáng kiến Desk này chỉ đọc được định dạng phiên bản 1. Hãy cài bản Sáng kiến Desk mới nhất rồi mở lại hồ sơ.`,
    ),
  filesMismatch: (details: string) =>
    new BundleRefusal(
      BundleErrorCode.FILES_MISMATCH,
      `Danh sách tệp trong hồ sơ không khớp với manifest.json (${details}): hồ sơ thiếu tệp hoặc đã bị thêm, sửa. ${ASK_AGAIN}`,
    ),
  checksumMismatch: (name: string) =>
    new BundleRefusal(
      BundleErrorCode.CHECKSUM_MISMATCH,
      `Tệp "${printable(name)}" trong hồ sơ đã bị thay đổi sau khi lập (mã kiểm tra SHA-256 không khớp). Không nhập hồ sơ này. ${ASK_AGAIN}`,
    ),
  dataInvalid: (details: string) =>
    new BundleRefusal(
      BundleErrorCode.DATA_INVALID,
      `Dữ liệu sáng kiến trong hồ sơ (data.json) không hợp lệ: ${details}. Không nhập hồ sơ này. ${ASK_AGAIN}`,
    ),
};

/** A name as it may be shown: control characters made visible, length bounded. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}
