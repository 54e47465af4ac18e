import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  moneyProblem,
  toAuthorInputs,
  toFormValues,
  toPatch,
  typedDate,
  typedMoney,
} from '../../../renderer/src/features/initiatives/form-values';
import { author, completeInitiative } from '../../shared/initiative-fixtures';

describe('form values', () => {
  it('shows dates as dd/mm/yyyy and money grouped', () => {
    const v = toFormValues(completeInitiative());
    expect(v.firstAppliedOn).toBe('01/03/2021');
    expect(v.economicBenefit).toBe('125.000.000');
    expect(toAuthorInputs([author('An', 100)])[0]!.birthDate).toBe('01/06/1985');
  });

  it('reads typed dates and money: empty is null, unfinished is undefined', () => {
    expect(typedDate('')).toBeNull();
    expect(typedDate('20/4/2021')).toBe('2021-04-20');
    expect(typedDate('20/4/20')).toBeUndefined();
    expect(typedMoney(' ')).toBeNull();
    expect(typedMoney('1.250.000 đ')).toBe(1_250_000);
    expect(typedMoney('12 triệu')).toBeUndefined();
  });

  it('says why typed money or a typed date is refused; empty is no problem', () => {
    expect(moneyProblem('')).toBeNull();
    expect(moneyProblem('1.250.000 đ')).toBeNull();
    expect(moneyProblem('1.250.000,50')).toMatch(/dấu "," không ngăn cách các nhóm ba chữ số/);
    expect(typedMoney('1,5')).toBeUndefined();
    expect(dateProblem(' ')).toBeNull();
    expect(dateProblem('29/02/2024')).toBeNull();
    expect(dateProblem('29/02/2023')).toMatch(/tháng 2 năm 2023 chỉ có 28 ngày/);
  });

  it('keeps the last good date, amount and birth date while the clerk is still typing them', () => {
    const record = completeInitiative();
    const values = { ...toFormValues(record), firstAppliedOn: '3/1', economicBenefit: '12tr' };
    const authors = toAuthorInputs(record.authors).map((a) => ({ ...a, birthDate: '1/6' }));
    const patch = toPatch(values, authors, [], record);
    expect(patch).not.toHaveProperty('firstAppliedOn');
    expect(patch).not.toHaveProperty('economicBenefit');
    expect(patch.authors![0]!.birthDate).toBe('1985-06-01');

    const cleared = toPatch(
      { ...values, firstAppliedOn: '', economicBenefit: '' },
      authors.map((a) => ({ ...a, birthDate: '' })),
      [],
      record,
    );
    expect(cleared.firstAppliedOn).toBeNull();
    expect(cleared.economicBenefit).toBeNull();
    expect(cleared.authors![0]!.birthDate).toBeNull();
  });
});
