// Bands are edited as lines of text ("27–30 Hoàn toàn mới"), the way a rubric is printed: quicker
// to type and to read than a nested table of three inputs per band.
import type { Band } from '@shared/appraisal/rubric';
import { scoreText } from './score-format';

const LINE = /^(\d+(?:[.,]\d+)?)(?:\s*[-–—]\s*(\d+(?:[.,]\d+)?))?\s+(.+)$/;
const num = (s: string): number => Number(s.replace(',', '.'));

export const formatBands = (bands: readonly Band[]): string =>
  bands
    .map(
      (b) =>
        `${b.min === b.max ? scoreText(b.min) : `${scoreText(b.min)}–${scoreText(b.max)}`} ${b.label}`,
    )
    .join('\n');

export type BandsRead = { ok: true; bands: Band[] } | { ok: false; message: string };

/** One band a line: "27–30 Hoàn toàn mới" or "0 Không có tính mới"; blank lines are skipped. */
export const parseBands = (text: string): BandsRead => {
  const bands: Band[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  for (const [n, line] of lines.entries()) {
    if (line === '') continue;
    const m = LINE.exec(line);
    if (!m)
      return {
        ok: false,
        message: `Dòng ${n + 1}: viết theo mẫu "27–30 Hoàn toàn mới" (khung điểm rồi tên mức)`,
      };
    const min = num(m[1]!);
    const max = m[2] === undefined ? min : num(m[2]);
    if (min > max) return { ok: false, message: `Dòng ${n + 1}: điểm đầu lớn hơn điểm cuối` };
    bands.push({ min, max, label: m[3]!.trim() });
  }
  return { ok: true, bands };
};
