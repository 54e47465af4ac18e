// Deterministic, realistic initiatives for the benchmark: record n is the same every run and in
// both seeding paths, so the raw and the app import write identical data.
import type { Author, Initiative, InitiativeStatus } from '@shared/model/initiative';
import { DEFAULT_FIELDS } from '@shared/seed-programme';
import * as W from './words';

/** mulberry32: tiny, fast and good enough to spread records over the word lists. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const nfc = (s: string): string => s.normalize('NFC');

const uuid = (r: Rand): string => {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};

export const personName = (r: Rand): string =>
  nfc(`${pick(r, W.FAMILY_NAMES)} ${pick(r, W.MIDDLE_NAMES)} ${pick(r, W.GIVEN_NAMES)}`);

const date = (r: Rand, year: number, monthFrom: number, monthTo: number): string =>
  `${year}-${pad(int(r, monthFrom, monthTo))}-${pad(int(r, 1, 28))}`;

const STATUS_WEIGHTS: readonly [InitiativeStatus, number][] = [
  ['draft', 0.25],
  ['submitted', 0.35],
  ['appraising', 0.15],
  ['recognised', 0.12],
  ['not_recognised', 0.08],
  ['proposed', 0.04],
  ['commended', 0.01],
];

const status = (r: Rand): InitiativeStatus => {
  let x = r();
  for (const [s, w] of STATUS_WEIGHTS) if ((x -= w) < 0) return s;
  return 'draft';
};

/** Shares in whole percent that sum to 100, as the submit rule wants. */
const authors = (r: Rand, workplace: string): Author[] => {
  const count = pick(r, [1, 1, 2, 2, 3, 4]);
  const shares = Array.from({ length: count }, () => 1 + r());
  const total = shares.reduce((a, b) => a + b, 0);
  const whole = shares.map((s) => Math.floor((s / total) * 100));
  whole[0]! += 100 - whole.reduce((a, b) => a + b, 0);
  return whole.map((sharePercent) => ({
    id: uuid(r),
    name: personName(r),
    birthDate: r() < 0.9 ? date(r, int(r, 1965, 2000), 1, 12) : null,
    workplace,
    jobTitle: pick(r, W.JOB_TITLES),
    qualification: pick(r, W.QUALIFICATIONS),
    sharePercent,
    unionMember: r() < 0.92,
  }));
};

const paragraph = (r: Rand, min: number, max: number): string =>
  Array.from({ length: int(r, min, max) }, () => pick(r, W.SENTENCES)).join(' ');

export const initiativeTitle = (r: Rand): string =>
  nfc(
    `${pick(r, W.TITLE_ACTIONS)} ${pick(r, W.TITLE_OBJECTS)} ${pick(r, W.TITLE_PURPOSES)}`.trim(),
  );

export interface SeedContext {
  programmeId: string;
  /** Units initiatives belong to, with their names (for workplaces). */
  units: readonly { id: string; name: string }[];
  by: string;
}

/** Initiative number `n`: every field of shared/model/initiative.ts, NFC, realistic lengths. */
export const makeInitiative = (n: number, ctx: SeedContext): Initiative => {
  const r = prng(0x5eed + n * 7919);
  const unit = pick(r, ctx.units);
  // Spread over the 2021 programme's weeks so "newest first" is a real ordering.
  const created = new Date(Date.UTC(2021, 2, 10) + Math.floor(r() * 41 * 86_400_000));
  const updated = new Date(created.getTime() + Math.floor(r() * 5 * 86_400_000));
  const benefit = r() < 0.7 ? int(r, 1, 5000) * 100_000 : null;
  const trashed = r() < 0.01;
  return {
    id: uuid(r),
    createdAt: created.toISOString(),
    updatedAt: updated.toISOString(),
    updatedBy: ctx.by,
    rev: int(r, 1, 6),
    programmeId: ctx.programmeId,
    unitId: unit.id,
    title: initiativeTitle(r),
    field: pick(r, DEFAULT_FIELDS),
    authors: authors(r, unit.name),
    investor: unit.name,
    applicationField: nfc(`Áp dụng tại ${unit.name} và các đơn vị cùng ngành`),
    firstAppliedOn: r() < 0.95 ? date(r, 2021, 2, 5) : null,
    knownSolution: nfc(paragraph(r, 1, 3)),
    content: nfc(paragraph(r, 3, 7)),
    novelty: nfc(paragraph(r, 1, 2)),
    applicability: nfc(paragraph(r, 1, 2)),
    economicBenefit: benefit,
    socialBenefit: benefit === null ? nfc(paragraph(r, 1, 2)) : '',
    conditions: nfc(
      pick(r, ['Không cần điều kiện đặc biệt.', 'Cần thợ điện có chứng chỉ an toàn.', '']),
    ),
    confidentialInfo: '',
    confidential: r() < 0.03,
    firstAppliers: personName(r),
    attachments:
      r() < 0.05
        ? [
            {
              sha256: uuid(r).replace(/-/g, '').repeat(2),
              name: 'Bản mô tả sáng kiến.docx',
              type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              size: int(r, 20_000, 2_000_000),
            },
          ]
        : [],
    status: status(r),
    deletedAt: trashed ? updated.toISOString() : null,
  };
};

/** Records [from, to) of the data set. */
export const makeBatch = (from: number, to: number, ctx: SeedContext): Initiative[] =>
  Array.from({ length: to - from }, (_, k) => makeInitiative(from + k, ctx));

/** What a clerk types in the search box: 1–3 words, often without diacritics, sometimes half a word. */
export const makeQueries = (count: number, unitNames: readonly string[]): string[] => {
  const r = prng(0xc0ffee);
  const fold = (s: string): string =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const sources: (() => string)[] = [
    () => personName(r),
    () => `${pick(r, W.FAMILY_NAMES)} ${pick(r, W.GIVEN_NAMES)}`,
    () => pick(r, W.GIVEN_NAMES),
    () => initiativeTitle(r),
    () => pick(r, W.TITLE_OBJECTS),
    () => pick(r, unitNames),
    () => pick(r, DEFAULT_FIELDS),
  ];
  return Array.from({ length: count }, () => {
    const words = pick(r, sources)()
      .split(/\s+/)
      .filter((w) => w.length > 1);
    const start = int(r, 0, Math.max(0, words.length - 1));
    let q = words.slice(start, start + int(r, 1, 3)).join(' ');
    if (r() < 0.5) q = fold(q); // many clerks type without diacritics
    if (r() < 0.3) q = q.toLowerCase();
    if (r() < 0.25 && q.length > 3) q = q.slice(0, -1); // caught mid-word
    return q;
  });
};
