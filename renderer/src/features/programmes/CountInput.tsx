import { useState } from 'react';
import { Input, type InputProps } from 'antd';
import { groupDigits, readCount, type Parsed } from '@shared/format';
import { heldOf, type TypedNumber } from './typed-number';

interface Props extends Omit<InputProps, 'value' | 'onChange'> {
  value?: TypedNumber;
  onChange?: (value: TypedNumber) => void;
  /** How the text is read: a count by default, readMoney for an amount. */
  read?: (typed: string) => Parsed<number>;
}

const shown = (held: TypedNumber | undefined): string =>
  held === undefined || held === null ? '' : typeof held === 'number' ? groupDigits(held) : held;

/**
 * A whole number typed the Vietnamese way (2.800, 1.250.000 đ). What was typed stays in the field
 * as typed; the form receives the number once it reads, or the text so that submitting says why
 * ("1.5" is refused, not taken as 15; "1,5 triệu" is refused, not taken as 1).
 */
export const CountInput = ({ value, onChange, read = readCount, onBlur, ...rest }: Props) => {
  const [text, setText] = useState(() => shown(value));
  // The form set a value of its own (reset, a record loaded): show it, unless it is what the text
  // already reads as.
  if (heldOf(text, read) !== (value ?? null) && shown(value) !== text) setText(shown(value));
  return (
    <Input
      inputMode="numeric"
      style={{ width: '100%' }}
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange?.(heldOf(e.target.value, read));
      }}
      onBlur={(e) => {
        if (typeof value === 'number') setText(groupDigits(value));
        onBlur?.(e);
      }}
    />
  );
};
