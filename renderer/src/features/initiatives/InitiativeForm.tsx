import { Checkbox, Form, Input, Select, type FormInstance } from 'antd';
import type { AttachmentRef } from '@shared/model/initiative';
import type { Programme } from '@shared/model/programme';
import type { Unit } from '@shared/model/unit';
import type { FieldProblem } from '@shared/rules/initiative-submit';
import { INITIATIVE_FIELD_LABELS as L } from '@shared/rules/initiative-fields';
import { formatDate, groupDigits } from '@shared/format';
import { AttachmentsField } from './AttachmentsField';
import { AuthorsTable } from './AuthorsTable';
import {
  dateProblem,
  moneyProblem,
  typedMoney,
  type AuthorInput,
  type FormValues,
} from './form-values';
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
const long = { rows: 5 };

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
 * labelled exactly as INITIATIVE_FIELD_LABELS; each label is tied to its input (htmlFor/id).
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
  const appliedWindow =
    p.programme?.firstAppliedFrom && p.programme.firstAppliedTo
      ? `Chương trình nhận sáng kiến áp dụng lần đầu từ ${formatDate(p.programme.firstAppliedFrom)} đến ${formatDate(p.programme.firstAppliedTo)}.`
      : undefined;
  return (
    <Form<FormValues>
      form={p.form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={p.initialValues}
      disabled={p.disabled}
      onValuesChange={(changed: Partial<FormValues>) => p.onValuesChange(changed)}
    >
      <Form.Item name="title" label={L.title}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="unitId" label={L.unitId}>
        <Select options={unitOptions} showSearch={{ filterOption: foldedOptionFilter }} />
      </Form.Item>
      <Form.Item name="field" label={L.field}>
        <Select options={fieldOptions} placeholder="Chọn lĩnh vực" />
      </Form.Item>
      <Form.Item
        label={L.authors}
        validateStatus={p.problems.some((x) => x.path.startsWith('authors')) ? 'error' : undefined}
      >
        <AuthorsTable
          value={p.authors}
          onChange={p.onAuthorsChange}
          problems={p.problems}
          disabled={p.disabled}
        />
      </Form.Item>
      <Form.Item
        name="investor"
        label={L.investor}
        extra="Chỉ ghi khi chủ đầu tư không phải là tác giả."
      >
        <Input />
      </Form.Item>
      <Form.Item name="applicationField" label={L.applicationField}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="firstAppliedOn"
        label={L.firstAppliedOn}
        rules={[dateRule]}
        extra={appliedWindow}
      >
        <Input placeholder="dd/mm/yyyy" style={{ maxWidth: 180 }} />
      </Form.Item>
      <Form.Item name="knownSolution" label={L.knownSolution}>
        <Input.TextArea {...long} />
      </Form.Item>
      <Form.Item name="content" label={L.content}>
        <Input.TextArea {...long} />
      </Form.Item>
      <Form.Item name="novelty" label={L.novelty}>
        <Input.TextArea {...long} />
      </Form.Item>
      <Form.Item name="applicability" label={L.applicability}>
        <Input.TextArea {...long} />
      </Form.Item>
      <Form.Item name="economicBenefit" label={L.economicBenefit} rules={[moneyRule]}>
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
      <Form.Item name="socialBenefit" label={L.socialBenefit}>
        <Input.TextArea {...long} />
      </Form.Item>
      <Form.Item name="conditions" label={L.conditions}>
        <Input.TextArea {...long} />
      </Form.Item>
      <Form.Item name="confidentialInfo" label={L.confidentialInfo}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="confidential"
        label={L.confidential}
        valuePropName="checked"
        extra="Sáng kiến mật: khi gửi đi chỉ gửi tên, tóm tắt hiệu quả và mức khen thưởng."
      >
        <Checkbox>Là bí mật kinh doanh</Checkbox>
      </Form.Item>
      <Form.Item name="firstAppliers" label={L.firstAppliers}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={L.attachments} htmlFor={ATTACHMENTS_ID}>
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
