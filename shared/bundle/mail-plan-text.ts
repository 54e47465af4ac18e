// The mail-size plan (shared/bundle/mail-size.ts) in the clerk's words: will it go in one email,
// in several numbered ones, or only on a USB stick, and why.
import { formatFileSize } from './file-size';
import { MAIL_LIMIT_BYTES, MESSAGE_OVERHEAD_BYTES, base64Size, type MailPlan } from './mail-size';

const LIMIT = formatFileSize(MAIL_LIMIT_BYTES);

/** "attachments/<sha256>_Anh_chup.jpg" → "Anh_chup.jpg"; "documents/01_To_trinh.docx" → "01_To_trinh.docx". */
export function entryDisplayName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return path.startsWith('attachments/') ? name.replace(/^[0-9a-f]{64}_/, '') : name;
}

export interface PlanText {
  readonly kind: MailPlan['kind'];
  /** What the clerk reads first. */
  readonly title: string;
  /** What to do next. */
  readonly detail: string;
  /** Number of emails: 1 when it fits, the parts when split, 0 when only a folder will do. */
  readonly messages: number;
}

/**
 * `zipBytes`, when known, is the written .zip the email carries: the message is that, encoded,
 * rather than the plan's bound from the entries' uncompressed sizes.
 */
export function describePlan(plan: MailPlan, zipBytes?: number): PlanText {
  switch (plan.kind) {
    case 'fits': {
      const wire =
        zipBytes === undefined
          ? plan.encodedBytes
          : Math.min(plan.encodedBytes, base64Size(zipBytes) + MESSAGE_OVERHEAD_BYTES);
      return {
        kind: 'fits',
        title: `Gửi được trong một thư (khoảng ${formatFileSize(wire)} khi gửi, dưới giới hạn ${LIMIT}).`,
        detail: 'Có thể gửi qua email hoặc lưu ra thư mục (USB).',
        messages: 1,
      };
    }
    case 'split':
      return {
        kind: 'split',
        title: `Hồ sơ quá ${LIMIT} sau khi mã hoá để gửi email: máy chủ thư (như Gmail) sẽ từ chối một thư lớn như vậy.`,
        detail: `Hãy chia thành ${plan.parts.length} thư đánh số (mỗi thư là một hồ sơ đầy đủ dữ liệu, kèm một phần văn bản và tệp đính kèm), hoặc lưu ra thư mục (USB) để gửi bằng đường bưu điện hay mang trực tiếp.`,
        messages: plan.parts.length,
      };
    case 'too_big': {
      const names = plan.files
        .map((f) => `${entryDisplayName(f.path)} (${formatFileSize(f.size)})`)
        .join(', ');
      return {
        kind: 'too_big',
        title: `Không gửi qua email được: tệp ${names} một mình đã quá ${LIMIT} sau khi mã hoá, kể cả khi chia nhiều thư.`,
        detail:
          'Hãy lưu hồ sơ ra thư mục (USB) rồi gửi bằng đường bưu điện hoặc mang trực tiếp; hoặc thay tệp đó bằng bản nhỏ hơn rồi đóng gói lại.',
        messages: 0,
      };
    }
  }
}
