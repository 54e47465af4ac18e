import type { FieldChange } from '@shared/model/history';

const plain = (c: FieldChange, side: 'before' | 'after'): string => c[side];

/** "Trường: trước → sau", one line a change; an empty side reads "(trống)". */
export const ChangeList = ({
  changes,
  show = plain,
}: {
  changes: readonly FieldChange[];
  show?: (c: FieldChange, side: 'before' | 'after') => string;
}) =>
  changes.length === 0 ? null : (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
      {changes.map((c) => (
        <li key={c.field}>
          {c.label}: {show(c, 'before') || '(trống)'} → {show(c, 'after') || '(trống)'}
        </li>
      ))}
    </ul>
  );
