import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '@shared/appraisal/rubric';
import { formatBands, parseBands } from '../../../renderer/src/features/appraisal/bands-text';
import {
  readRubricForm,
  rubricToValues,
} from '../../../renderer/src/features/appraisal/rubric-form';

describe('bands as text', () => {
  it('reads what it writes, with any dash and a comma decimal', () => {
    const bands = DEFAULT_RUBRIC.criteria[0]!.bands;
    expect(parseBands(formatBands(bands))).toEqual({ ok: true, bands });
    expect(parseBands('10-12,5 Khá\n\n0 Không')).toEqual({
      ok: true,
      bands: [
        { min: 10, max: 12.5, label: 'Khá' },
        { min: 0, max: 0, label: 'Không' },
      ],
    });
  });

  it('says which line it cannot read', () => {
    expect(parseBands('27–30 Mới\nrộng')).toMatchObject({ ok: false, message: /^Dòng 2:/ });
    expect(parseBands('30–27 Mới')).toMatchObject({ ok: false, message: /điểm đầu lớn hơn/ });
  });
});

describe('readRubricForm', () => {
  it('gives back the default rubric unchanged', () => {
    expect(readRubricForm(rubricToValues(DEFAULT_RUBRIC))).toEqual({
      ok: true,
      rubric: DEFAULT_RUBRIC,
    });
  });

  it('places refusals on their fields', () => {
    const v = rubricToValues(DEFAULT_RUBRIC);
    v.criteria[0]!.bands = '27–35 Quá';
    v.criteria[1]!.name = '';
    v.passAverage = 120;
    const read = readRubricForm(v);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.fields.map((f) => String(f.name).replaceAll(',', '.'))).toEqual(
      expect.arrayContaining(['criteria.0.bands', 'criteria.1.name']),
    );
    v.criteria[0]!.bands = '';
    v.criteria[1]!.name = 'Áp dụng';
    expect(readRubricForm(v)).toMatchObject({
      ok: false,
      fields: [
        { name: ['passAverage'], errors: ['Mức đạt không được lớn hơn tổng điểm tối đa (100)'] },
      ],
    });
  });
});
