import { Checkbox, Form, Input, Select, type FormInstance } from 'antd';
import type { AttachmentRef } from '@shared/model/initiative';
import type { Programme } from '@shared/model/programme';
import type { Unit } from '@shared/model/unit';
import type { FieldProblem } from '@shared/rules/initiative-submit';
import { INITIATIVE_FIELDS as F } from '@shared/domain/field-registry';
import { groupDigits } from '@shared/format';
import { windowHint } from '@shared/rules/programme-window';
import { AttachmentsField } from './AttachmentsField';
import { AuthorsTable } from './AuthorsTable';
import {
  dateProblem,
  moneyProblem,
  typedMoney,
  type AuthorInput,
  type FormValues,
} from './form-values';
import { LimitedText } from './limited-text';
import { foldedOptionFilter } from './select-filter';

export const FORM_NAME = 'initiative';
const ATTACHMENTS_ID = `${FORM_NAME}_attachments`;

interface Props {
  form: FormInstance<FormValues>;
  initialValues: FormValues;
  units: readonly Unit[];
  programme: Programme | undefined;
  disabled: boolean;
  onValuesChange: (changed: Partial<FormValues>) => void;
  authors: readonly AuthorInput[];
  onAuthorsChange: (next: AuthorInput[]) => void;
  attachments: readonly AttachmentRef[];
  onAttachmentAdd: (ref: AttachmentRef) => void;
  onAttachmentRemove: (sha256: string) => void;
  problems: readonly FieldProblem[];
}

// Fixed heights the clerk can drag taller: antd's autoSize re-measures on every keystroke, which
// made this long form sluggish (and never settles under jsdom).
const LONG = 5;

/** A field rule that shows why the typed text is refused (shared/format.ts says it). */
const reasonRule = (problem: (typed: string) => string | null) => ({
  validator: (_: unknown, v: string | undefined) => {
    const reason = problem(v ?? '');
    return reason === null ? Promise.resolve() : Promise.reject(new Error(reason));
  },
});

const dateRule = reasonRule(dateProblem);
const moneyRule = reasonRule(moneyProblem);

/**
 * Every field of the application form (Đơn yêu cầu công nhận sáng kiến, TT 18/2013 Phụ lục I),
 * labelled and limited by the field registry; each label is tied to its input (htmlFor/id).
 */
export const InitiativeForm = (p: Props) => {
  const unitOptions = p.units
    .filter((u) => !u.archived || u.id === p.initialValues.unitId)
    .map((u) => ({ value: u.id, label: u.name }));
  const fields = p.programme?.fields ?? [];
  const fieldOptions = [
    ...fields,
    ...(fields.includes(p.initialValues.field) || !p.initialValues.field
      ? []
      : [p.initialValues.field]),
  ].map((f) => ({ value: f, label: f }));
  return (
    <Form<FormValues>
      form={p.form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={p.initialValues}
      disabled={p.disabled}
      onValuesChange={(changed: Partial<FormValues>) => p.onValuesChange(changed)}
    >
      <LimitedText name="title" rows={2} />
      <Form.Item name="unitId" label={F.unitId.label}>
        <Select options={unitOptions} showSearch={{ filterOption: foldedOptionFilter }} />
      </Form.Item>
      <Form.Item name="field" label={F.field.label}>
        <Select options={fieldOptions} placeholder="Chọn lĩnh vực" />
      </Form.Item>
      <Form.Item
        label={F.authors.label}
        validateStatus={p.problems.some((x) => x.path.startsWith('authors')) ? 'error' : undefined}
      >
        <AuthorsTable
          value={p.authors}
          onChange={p.onAuthorsChange}
          problems={p.problems}
          disabled={p.disabled}
        />
      </Form.Item>
      <LimitedText name="investor" extra="Chỉ ghi khi chủ đầu tư không phải là tác giả." />
      <LimitedText name="applicationField" rows={2} />
      <Form.Item
        name="firstAppliedOn"
        label={F.firstAppliedOn.label}
        rules={[dateRule]}
        extra={windowHint(p.programme)}
      >
        <Input placeholder="dd/mm/yyyy" style={{ maxWidth: 180 }} />
      </Form.Item>
      <LimitedText name="knownSolution" rows={LONG} />
      <LimitedText name="content" rows={LONG} />
      <LimitedText name="novelty" rows={LONG} />
      <LimitedText name="applicability" rows={LONG} />
      <Form.Item name="economicBenefit" label={F.economicBenefit.label} rules={[moneyRule]}>
        <Input
          inputMode="numeric"
          suffix="đ"
          style={{ maxWidth: 260 }}
          // Shown grouped once the clerk leaves the field; regrouping while typing moves the caret.
          onBlur={() => {
            const n = typedMoney(p.form.getFieldValue('economicBenefit') as string);
            if (n !== null && n !== undefined)
              p.form.setFieldValue('economicBenefit', groupDigits(n));
          }}
        />
      </Form.Item>
      <LimitedText name="socialBenefit" rows={LONG} />
      <LimitedText name="conditions" rows={LONG} />
      <LimitedText name="confidentialInfo" rows={3} />
      <Form.Item
        name="confidential"
        label={F.confidential.label}
        valuePropName="checked"
        extra="Sáng kiến mật: khi gửi đi chỉ gửi tên, tóm tắt hiệu quả và mức khen thưởng."
      >
        <Checkbox>Là bí mật kinh doanh</Checkbox>
      </Form.Item>
      <LimitedText name="firstAppliers" rows={3} />
      <Form.Item label={F.attachments.label} htmlFor={ATTACHMENTS_ID}>
        <AttachmentsField
          id={ATTACHMENTS_ID}
          value={p.attachments}
          onAdd={p.onAttachmentAdd}
          onRemove={p.onAttachmentRemove}
          disabled={p.disabled}
        />
      </Form.Item>
    </Form>
  );
};
