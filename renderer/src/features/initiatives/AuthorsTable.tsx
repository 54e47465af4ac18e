import { Button, Checkbox, Flex, Input, InputNumber, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { newId } from '@shared/model/common';
import { shareTotal } from '@shared/rules/authors';
import type { FieldProblem } from '@shared/rules/initiative-submit';
import { AUTHOR_FIELDS } from '@shared/domain/field-registry';
import { dateProblem, type AuthorInput } from './form-values';
import { limitCount } from './limited-text';
import { DECIMAL_COMMA } from '../../ui/decimal-comma';

interface Props {
  value: readonly AuthorInput[];
  onChange: (next: AuthorInput[]) => void;
  problems: readonly FieldProblem[];
  disabled: boolean;
}

const blankAuthor = (sharePercent: number): AuthorInput => ({
  id: newId(),
  name: '',
  birthDate: '',
  workplace: '',
  jobTitle: '',
  qualification: '',
  sharePercent,
  unionMember: true,
});

/** Vietnamese decimal comma: 33,33. */
const percent = (n: number): string => String(n).replace('.', ',');

type TextKey = 'name' | 'birthDate' | 'workplace' | 'jobTitle' | 'qualification';

/** Shows "180 / 200" once the text reaches nine tenths of its limit. */
const nearLimit = ({ count, maxLength = Infinity }: { count: number; maxLength?: number }) =>
  count >= maxLength * 0.9 ? `${count} / ${maxLength}` : null;

/**
 * The author table of the application form (TT 18/2013, Phụ lục I). Every input is labelled with
 * its column and row ("Họ và tên tác giả 1"), so screen readers and tests find it without the grid.
 */
export const AuthorsTable = ({ value, onChange, problems, disabled }: Props) => {
  const set = (n: number, patch: Partial<AuthorInput>) =>
    onChange(value.map((a, i) => (i === n ? { ...a, ...patch } : a)));
  const total = shareTotal(value.map((a) => ({ ...a, birthDate: null })));
  const whole = problems.filter((p) => p.path === 'authors');
  const text = (key: TextKey, placeholder?: string) => {
    const { label, max }: { label: string; max?: number } = AUTHOR_FIELDS[key];
    return {
      title: label,
      key,
      render: (_: unknown, a: AuthorInput, n: number) => {
        const problem = problems.find((p) => p.path === `authors.${n}.${key}`);
        const badDate = key === 'birthDate' ? dateProblem(a.birthDate) : null;
        return (
          <Input
            aria-label={`${label} tác giả ${n + 1}`}
            value={a[key]}
            placeholder={placeholder}
            status={problem || badDate ? 'error' : undefined}
            // Narrow cells: the counter appears near the limit, and nothing typed is cut off.
            count={max === undefined ? undefined : limitCount(max, nearLimit)}
            title={problem?.message ?? badDate ?? undefined}
            onChange={(e) => set(n, { [key]: e.target.value })}
          />
        );
      },
    };
  };
  return (
    <Flex vertical gap={8} role="group" aria-label="Tác giả, đồng tác giả">
      <Table<AuthorInput>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...value]}
        scroll={{ x: 1100 }}
        locale={{ emptyText: 'Chưa có tác giả nào' }}
        columns={[
          { title: 'Số TT', key: 'n', width: 56, render: (_v, _a, n) => n + 1 },
          { ...text('name'), width: 200 },
          { ...text('birthDate', 'dd/mm/yyyy'), width: 120 },
          { ...text('workplace'), width: 200 },
          { ...text('jobTitle'), width: 140 },
          { ...text('qualification'), width: 150 },
          {
            title: AUTHOR_FIELDS.sharePercent.label,
            key: 'share',
            width: 110,
            render: (_v, a, n) => (
              <InputNumber<number>
                aria-label={`Tỷ lệ đóng góp tác giả ${n + 1}`}
                decimalSeparator={DECIMAL_COMMA}
                min={0}
                max={100}
                value={a.sharePercent}
                onChange={(v) => set(n, { sharePercent: v ?? 0 })}
                style={{ width: '100%' }}
              />
            ),
          },
          {
            title: AUTHOR_FIELDS.unionMember.label,
            key: 'member',
            width: 80,
            align: 'center',
            render: (_v, a, n) => (
              <Checkbox
                aria-label={`Đoàn viên tác giả ${n + 1}`}
                checked={a.unionMember}
                onChange={(e) => set(n, { unionMember: e.target.checked })}
              />
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_v, _a, n) =>
              disabled ? null : (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Xóa tác giả ${n + 1}`}
                  onClick={() => onChange(value.filter((_x, i) => i !== n))}
                />
              ),
          },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        {disabled ? (
          <span />
        ) : (
          <Button
            icon={<PlusOutlined aria-hidden />}
            // The first author gets the whole share; co-authors start at 0 for the clerk to split.
            onClick={() => onChange([...value, blankAuthor(value.length === 0 ? 100 : 0)])}
          >
            Thêm tác giả
          </Button>
        )}
        <Typography.Text
          strong
          type={Math.round(total * 100) === 10_000 ? undefined : 'danger'}
          aria-live="polite"
        >
          Tổng tỷ lệ: {percent(total)}%
        </Typography.Text>
      </Flex>
      {whole.map((p) => (
        <Typography.Text key={p.message} type="danger">
          {p.message}
        </Typography.Text>
      ))}
    </Flex>
  );
};
