import { describe, expect, it } from 'vitest';
import { base64Size, MAIL_LIMIT_BYTES, planMail } from '@shared/bundle/mail-size';

const MB = 1024 * 1024;

describe('base64Size', () => {
  it('is 4/3 of the raw bytes plus CRLF every 76 characters', () => {
    expect(base64Size(0)).toBe(0);
    expect(base64Size(3)).toBe(4 + 2);
    expect(base64Size(57)).toBe(76 + 2);
    expect(base64Size(58)).toBe(80 + 4);
  });

  it('puts the Gmail limit at about 18 MB raw', () => {
    const raw = Math.floor((MAIL_LIMIT_BYTES * 3) / 4 / (78 / 76));
    expect(raw / MB).toBeGreaterThan(18);
    expect(raw / MB).toBeLessThan(18.5);
  });
});

describe('planMail', () => {
  it('says a small bundle fits in one message', () => {
    const plan = planMail({ files: [{ path: 'a', size: 5 * MB }], commonBytes: 100_000 });
    expect(plan.kind).toBe('fits');
  });

  it('splits 30 MB into numbered parts, each under the limit, every file once', () => {
    const files = [
      { path: 'documents/01.docx', size: 1 * MB },
      { path: 'attachments/a', size: 12 * MB },
      { path: 'attachments/b', size: 10 * MB },
      { path: 'attachments/c', size: 7 * MB },
    ];
    const plan = planMail({ files, commonBytes: 200_000 });
    if (plan.kind !== 'split') throw new Error(`expected a split, got ${plan.kind}`);
    expect(plan.parts.map((p) => p.index)).toEqual([1, 2]);
    for (const part of plan.parts) expect(part.encodedBytes).toBeLessThanOrEqual(MAIL_LIMIT_BYTES);
    expect(plan.parts.flatMap((p) => p.files.map((f) => f.path)).sort()).toEqual(
      files.map((f) => f.path).sort(),
    );
    // Files keep the dossier's order inside a part.
    expect(plan.parts[0]!.files.map((f) => f.path)).toEqual(['documents/01.docx', 'attachments/a']);
  });

  it('names the files too big for any message', () => {
    const plan = planMail({
      files: [
        { path: 'a', size: 1 * MB },
        { path: 'video', size: 19 * MB },
      ],
      commonBytes: 0,
    });
    expect(plan).toEqual({ kind: 'too_big', files: [{ path: 'video', size: 19 * MB }] });
  });

  it('takes a custom limit', () => {
    expect(
      planMail({ files: [{ path: 'a', size: 100_000 }], commonBytes: 0, limit: 10 * MB }).kind,
    ).toBe('fits');
    expect(
      planMail({ files: [{ path: 'a', size: 9 * MB }], commonBytes: 0, limit: 10 * MB }).kind,
    ).toBe('too_big');
  });
});
