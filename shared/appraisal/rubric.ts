import { z } from 'zod';
import { text } from '../model/common';

/** A scoring band, e.g. novelty 27–30 "Hoàn toàn mới" (docs/domain.md, Scoring). */
export const bandSchema = z.object({
  min: z.number().min(0),
  max: z.number().min(0),
  label: text(200),
});
export type Band = z.infer<typeof bandSchema>;

export const criterionSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: text(200).pipe(z.string().min(1, 'Nhập tên tiêu chí')),
    max: z.number().positive('Điểm tối đa phải lớn hơn 0').max(1000),
    /** When present, a score must fall inside one of the bands. */
    bands: z.array(bandSchema).default([]),
    /** A zero from any member on this criterion means "not recognised" (novelty in the default). */
    zeroFails: z.boolean().default(false),
  })
  .refine((c) => c.bands.every((b) => b.min <= b.max && b.max <= c.max), {
    message: 'Khung điểm phải nằm trong thang điểm của tiêu chí',
    path: ['bands'],
  });
export type Criterion = z.infer<typeof criterionSchema>;

export const gradeSchema = z.object({
  label: text(20).pipe(z.string().min(1)),
  min: z.number().min(0),
});
export type Grade = z.infer<typeof gradeSchema>;

export const rubricSchema = z.object({
  criteria: z.array(criterionSchema).min(1, 'Cần ít nhất một tiêu chí'),
  /** Recognised when the average total reaches this. */
  passAverage: z.number().min(0),
  /** Optional grades, checked from the highest `min` down. */
  grades: z.array(gradeSchema).default([]),
});
export type Rubric = z.infer<typeof rubricSchema>;

/** Default rubric (docs/domain.md, Scoring): novelty 30, applicability 30, benefit 40, pass 50. */
export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'novelty',
      name: 'Tính mới',
      max: 30,
      zeroFails: true,
      bands: [
        { min: 27, max: 30, label: 'Hoàn toàn mới' },
        { min: 21, max: 26, label: 'Cải tiến tốt' },
        { min: 16, max: 20, label: 'Trung bình' },
        { min: 1, max: 15, label: 'Cải tiến nhỏ' },
        { min: 0, max: 0, label: 'Không có tính mới' },
      ],
    },
    { id: 'applicability', name: 'Khả năng áp dụng', max: 30, zeroFails: false, bands: [] },
    { id: 'benefit', name: 'Hiệu quả – lợi ích', max: 40, zeroFails: false, bands: [] },
  ],
  passAverage: 50,
  grades: [],
};

export const rubricMax = (r: Rubric): number => r.criteria.reduce((s, c) => s + c.max, 0);

/** Thresholds of the Bằng Lao động sáng tạo (programme settings; 2021 values by default). */
export const certificateThresholdsSchema = z.object({
  single: z.number().int().nonnegative(),
  threeYears: z.number().int().nonnegative(),
});
export type CertificateThresholds = z.infer<typeof certificateThresholdsSchema>;
export const DEFAULT_CERTIFICATE_THRESHOLDS: CertificateThresholds = {
  single: 80_000_000,
  threeYears: 120_000_000,
};
