import { InputNumber, type InputNumberProps } from 'antd';
import { groupDigits } from '@shared/format';

// Whole numbers shown with dot separators (2.800), as clerks write them; what is typed may carry dots.
const format = (v: number | string | undefined): string =>
  v === undefined || v === '' ? '' : groupDigits(Number(v));
const parse = (s: string | undefined): number => Number((s ?? '').replace(/[.\s]/g, ''));

/** A non-negative whole number field. */
export const CountInput = (props: Omit<InputNumberProps<number>, 'formatter' | 'parser'>) => (
  <InputNumber<number>
    min={0}
    precision={0}
    formatter={format}
    parser={parse}
    style={{ width: '100%' }}
    {...props}
  />
);
