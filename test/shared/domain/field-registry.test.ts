import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FIELD_KEYS,
  FORM_FIELDS,
  INITIATIVE_FIELDS,
  PUBLIC_WHEN_CONFIDENTIAL,
  REQUIRED_FIELDS,
  SUMMARY_COLUMNS,
  TEXT_FIELDS,
  limitOf,
} from '@shared/domain/field-registry';
import { authorSchema, checkDraftPatch, initiativeSchema } from '@shared/model/initiative';
import { recordMeta } from '@shared/model/common';
import { submitProblems } from '@shared/rules/initiative-submit';
import { author, completeInitiative } from '../initiative-fixtures';

/** The schema's own fields: everything but bookkeeping and the trash mark. */
const schemaKeys = Object.keys(initiativeSchema.shape).filter(
  (k) => !(k in recordMeta) && k !== 'deletedAt',
);

/** The longest text a field's schema accepts, found by asking it. */
const schemaLimit = (schema: z.ZodType): number => {
  let [low, high] = [0, 100_000];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (schema.safeParse('a'.repeat(mid)).success) low = mid;
    else high = mid - 1;
  }
  return low;
};

describe('the field registry and the schema', () => {
  it('list the same fields', () => {
    expect([...FIELD_KEYS].sort()).toEqual([...schemaKeys].sort());
  });

  it.each(TEXT_FIELDS)('agree on the limit of %s', (key) => {
    expect(schemaLimit(initiativeSchema.shape[key])).toBe(limitOf(key));
  });

  it('agree on the limits of the author table', () => {
    expect(schemaLimit(authorSchema.shape.name)).toBe(200);
    expect(schemaLimit(authorSchema.shape.workplace)).toBe(300);
  });

  it('give every text field a limit, and only text fields', () => {
    for (const key of FIELD_KEYS)
      expect(INITIATIVE_FIELDS[key].max !== undefined).toBe(
        (TEXT_FIELDS as readonly string[]).includes(key),
      );
  });

  it('derive the submit rule: each required text field, when blank, is named', () => {
    const blank = completeInitiative(Object.fromEntries(TEXT_FIELDS.map((k) => [k, ''])));
    const paths = submitProblems(blank).map((p) => p.path);
    for (const key of TEXT_FIELDS)
      expect(paths.includes(key)).toBe((REQUIRED_FIELDS as readonly string[]).includes(key));
  });

  it('keep a confidential initiative to its name, effect, unit and authors', () => {
    expect(PUBLIC_WHEN_CONFIDENTIAL).not.toContain('content');
    expect(PUBLIC_WHEN_CONFIDENTIAL).not.toContain('attachments');
    expect(PUBLIC_WHEN_CONFIDENTIAL).toEqual(
      expect.arrayContaining(['title', 'economicBenefit', 'socialBenefit']),
    );
  });

  it('order the summary list as the danh sách trích ngang', () => {
    expect(SUMMARY_COLUMNS.map((c) => c.label)).toEqual([
      'Tên sáng kiến',
      'Tác giả, đồng tác giả',
      'Đơn vị',
      'Lĩnh vực',
      'Ngày áp dụng lần đầu',
      'Giá trị làm lợi (đồng/năm)',
    ]);
  });

  it('put on the form every field the clerk types, in the registry order', () => {
    expect(FORM_FIELDS).toEqual([
      'title',
      'unitId',
      'field',
      'investor',
      'applicationField',
      'firstAppliedOn',
      'knownSolution',
      'content',
      'novelty',
      'applicability',
      'economicBenefit',
      'socialBenefit',
      'conditions',
      'confidentialInfo',
      'confidential',
      'firstAppliers',
    ]);
  });
});

describe('limits on text', () => {
  it('counts NFC: a 300-letter title typed decomposed passes', () => {
    const typed = 'ế'.repeat(300).normalize('NFD');
    expect(typed.length).toBe(900);
    const parsed = initiativeSchema.shape.title.safeParse(typed);
    expect(parsed.success && parsed.data).toBe('ế'.repeat(300));
  });

  it('refuses text over the limit in Vietnamese, naming the field', () => {
    const parsed = initiativeSchema.safeParse(completeInitiative({ title: 'x'.repeat(501) }));
    expect(parsed.error?.issues[0]?.message).toBe(
      'Tên sáng kiến dài 501 ký tự, quá giới hạn 500 ký tự. Hãy rút gọn.',
    );
    const authorParsed = authorSchema.safeParse({ ...author('An', 100), name: 'x'.repeat(201) });
    expect(authorParsed.error?.issues[0]?.message).toBe(
      'Họ và tên tác giả dài 201 ký tự, quá giới hạn 200 ký tự. Hãy rút gọn.',
    );
  });

  it('speaks Vietnamese where no field message is set', () => {
    expect(z.string().safeParse(1).error?.issues[0]?.message).toMatch(/^Đầu vào không hợp lệ/);
  });

  it('accepts an edit field by field, so one over-long field does not stop the others', () => {
    const { accepted, refused } = checkDraftPatch({
      title: 'x'.repeat(600),
      novelty: 'Lần đầu áp dụng',
      authors: [author('Nguyễn Văn An', 100)],
    });
    expect(accepted).toEqual({
      novelty: 'Lần đầu áp dụng',
      authors: [author('Nguyễn Văn An', 100)],
    });
    expect(refused).toEqual([
      {
        field: 'title',
        message: 'Tên sáng kiến dài 600 ký tự, quá giới hạn 500 ký tự. Hãy rút gọn.',
      },
    ]);
  });
});
