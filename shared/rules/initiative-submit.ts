import type { Initiative } from '../model/initiative';
import { sharesAreComplete, shareTotal } from './authors';
import {
  INITIATIVE_FIELDS,
  REQUIRED_FIELDS,
  TEXT_FIELDS,
  type TextField,
} from '../domain/field-registry';

export interface FieldProblem {
  /** Form path, e.g. `title` or `authors.1.name`. */
  path: string;
  message: string;
}

/** Text fields the registry requires before submission, in its order. */
const REQUIRED_TEXT = REQUIRED_FIELDS.filter((k): k is TextField =>
  (TEXT_FIELDS as readonly string[]).includes(k),
);

/** What stops a draft from being submitted; empty when it may be. */
export const submitProblems = (i: Initiative): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  for (const key of REQUIRED_TEXT) {
    if (i[key].trim() === '')
      problems.push({ path: key, message: `Chưa nhập: ${INITIATIVE_FIELDS[key].label}` });
  }
  if (!i.unitId) problems.push({ path: 'unitId', message: 'Chưa chọn đơn vị' });
  if (!i.firstAppliedOn)
    problems.push({ path: 'firstAppliedOn', message: 'Chưa nhập ngày áp dụng lần đầu' });
  if (i.authors.length === 0) {
    problems.push({ path: 'authors', message: 'Cần ít nhất một tác giả' });
  } else {
    i.authors.forEach((a, n) => {
      if (a.name.trim() === '')
        problems.push({
          path: `authors.${n}.name`,
          message: `Tác giả thứ ${n + 1}: chưa nhập họ tên`,
        });
    });
    if (!sharesAreComplete(i.authors))
      problems.push({
        path: 'authors',
        message: `Tổng tỷ lệ đóng góp của các tác giả phải là 100% (hiện là ${shareTotal(i.authors)}%)`,
      });
  }
  if (i.economicBenefit === null && i.socialBenefit.trim() === '')
    problems.push({
      path: 'economicBenefit',
      message: 'Nhập giá trị làm lợi hoặc lợi ích xã hội',
    });
  return problems;
};
