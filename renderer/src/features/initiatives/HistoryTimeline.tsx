import { Empty, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FieldChange } from '@shared/model/history';
import { HistoryEntryView } from '../../ui/HistoryEntryView';
import { ChangeList } from '../../ui/ChangeList';
import { STATUS_LABELS, type InitiativeStatus } from '@shared/model/initiative';
import { useDb } from '../../app/context';
import { listHistory } from '../../db/initiatives';

interface Props {
  id: string;
  unitNames: ReadonlyMap<string, string>;
}

const isStatus = (v: string): v is InitiativeStatus => v in STATUS_LABELS;

/** History stores the unit's id (and, in older entries, status codes); the clerk reads names. */
const shown = (c: FieldChange, side: 'before' | 'after', units: ReadonlyMap<string, string>) => {
  const v = c[side];
  const named =
    c.field === 'unitId'
      ? (units.get(v) ?? v)
      : c.field === 'status' && isStatus(v)
        ? STATUS_LABELS[v]
        : v;
  return named;
};

/** "Lịch sử thay đổi": who did what and when, field by field, newest first. */
export const HistoryTimeline = ({ id, unitNames }: Props) => {
  const db = useDb();
  const entries = useLiveQuery(() => listHistory(db, id), [db, id]);
  return (
    <section aria-labelledby="history-title">
      <Typography.Title level={5} id="history-title">
        Lịch sử thay đổi
      </Typography.Title>
      {entries && entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thay đổi" />
      ) : (
        <Timeline
          items={(entries ?? []).map((e) => ({
            key: e.id,
            content: (
              <HistoryEntryView entry={e}>
                <ChangeList changes={e.changes} show={(c, side) => shown(c, side, unitNames)} />
              </HistoryEntryView>
            ),
          }))}
        />
      )}
    </section>
  );
};
