// What a verified bundle holds, in lines a clerk can read: printed by `npm run bundle:verify`.
import { formatFileSize } from '@shared/bundle/file-size';
import { formatDateTime } from '@shared/format';
import type { VerifiedBundle } from './verify-bundle';

export function bundleSummary(file: string, bundle: VerifiedBundle): string[] {
  const { manifest, data } = bundle;
  const confidential = data.initiatives.filter((i) => i.confidential).length;
  return [
    `Hồ sơ hợp lệ: ${file}`,
    `Đơn vị gửi: ${manifest.unit.name}`,
    `Chương trình: ${manifest.programme.name}`,
    `Ngày lập: ${formatDateTime(manifest.createdAt)}`,
    ...(manifest.part
      ? [`Phần ${manifest.part.index}/${manifest.part.count} của một hồ sơ gửi nhiều thư`]
      : []),
    `Lập bằng Sáng kiến Desk ${manifest.appVersion}, định dạng phiên bản ${manifest.formatVersion}`,
    `Sáng kiến: ${data.initiatives.length}${confidential > 0 ? ` (${confidential} sáng kiến mật, chỉ gửi tên, hiệu quả và kết quả)` : ''}`,
    `Phiếu chấm: ${data.scoreSheets.length}; phiên họp: ${data.sessions.length}`,
    `Tệp: ${manifest.files.length} (${bundle.documents.length} văn bản, ${bundle.attachments.length} tệp đính kèm), mã SHA-256 đều khớp`,
    `Dung lượng: ${formatFileSize(bundle.zipBytes)}`,
  ];
}
