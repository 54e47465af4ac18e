// A text input that shows its limit from the field registry and marks, never blocks, text over it
// (docs/decisions.md: limits guide the clerk; the rest of the record still saves).
import type { ReactNode } from 'react';
import { Form, Input, type InputProps } from 'antd';
import { INITIATIVE_FIELDS, limitOf, type TextField } from '@shared/domain/field-registry';
import { tooLongMessage } from '@shared/model/common';
import { nfc } from '@shared/text';

type CountConfig = NonNullable<InputProps['count']>;

/** Length as stored: NFC, so a decomposed keyboard counts the letters the clerk sees. */
export const storedLength = (s: string): number => nfc(s).length;

/** The counter near the end of an input: "12 / 500", red once over, nothing cut off. */
export const limitCount = (max: number, show: CountConfig['show'] = true): CountConfig => ({
  max,
  strategy: storedLength,
  show,
});

/** Refuses text over the limit with a message that names the field (the schema's own words). */
export const lengthRule = (label: string, max: number) => ({
  validator: (_: unknown, v: string | undefined) => {
    const length = storedLength(v ?? '');
    return length > max
      ? Promise.reject(new Error(tooLongMessage(label, max, length)))
      : Promise.resolve();
  },
});

interface Props {
  name: TextField;
  /** Lines shown; a one-line input when absent. */
  rows?: number;
  extra?: ReactNode;
}

/** One text field of the initiative form, labelled and limited by the registry. */
export const LimitedText = ({ name, rows, extra }: Props) => {
  const { label } = INITIATIVE_FIELDS[name];
  const max = limitOf(name);
  return (
    <Form.Item name={name} label={label} rules={[lengthRule(label, max)]} extra={extra}>
      {rows === undefined ? (
        <Input count={limitCount(max)} />
      ) : (
        <Input.TextArea rows={rows} count={limitCount(max)} />
      )}
    </Form.Item>
  );
};
