import { describe, expect, it } from 'vitest';
import { bundleDataSchema } from '@shared/bundle/data';
import { redactForBundle, redactInitiative } from '@shared/bundle/redact';
import { completeInitiative } from '../initiative-fixtures';
import { bundleData } from './bundle-fixtures';

describe('redaction of confidential initiatives', () => {
  it('leaves a non-confidential initiative untouched', () => {
    const initiative = completeInitiative();
    expect(redactInitiative(initiative)).toBe(initiative);
  });

  it('keeps only the name, the effect and the award of a confidential one', () => {
    const data = redactForBundle(bundleData());
    const secret = data.initiatives.find((i) => i.id === 'i-3')!;
    expect(secret).toMatchObject({
      title: 'Công thức phụ gia bí mật',
      economicBenefit: 125_000_000,
      socialBenefit: 'Giảm 30% hao hụt nguyên liệu',
      status: 'proposed',
      confidential: true,
      authors: [],
      attachments: [],
      content: '',
      confidentialInfo: '',
      knownSolution: '',
      firstAppliedOn: null,
    });
    const json = JSON.stringify(data);
    expect(json).not.toContain('Tỷ lệ pha trộn');
    expect(json).not.toContain('Chi tiết công thức');
    expect(json).not.toContain('Nhận xét về i-3');
    // The award and scores stay.
    expect(data.sessions[0]!.conclusions['i-3']).toEqual({ recognised: true, reason: '' });
    expect(data.scoreSheets.find((s) => s.initiativeId === 'i-3')!.scores).toEqual({
      novelty: 25,
      benefit: 30,
    });
  });

  it('leaves the others whole, and the result still passes the bundle schema', () => {
    const data = redactForBundle(bundleData());
    expect(data.initiatives[1]!.authors).toHaveLength(2);
    expect(data.sessions[0]!.conclusions['i-2']!.reason).toBe('Hiệu quả rõ');
    expect(data.scoreSheets[0]!.comments).toEqual({ novelty: 'Nhận xét về i-1' });
    expect(bundleDataSchema.safeParse(data).success).toBe(true);
  });
});
