import { Button, Result, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/context';
import { navigate } from '../../app/router';
import { getInitiative } from '../../db/initiatives';
import { getProgramme } from '../../db/programmes';
import { InitiativeEditor } from './InitiativeEditor';
import { useUnitNames, useUnits } from './useUnits';

/** `#/initiatives/:id`: the application form of one initiative, saved as the clerk types. */
export const InitiativePage = ({ id }: { id: string }) => {
  const db = useDb();
  const record = useLiveQuery(async () => (await getInitiative(db, id)) ?? null, [db, id]);
  const programme = useLiveQuery(
    () => (record ? getProgramme(db, record.programmeId) : undefined),
    [db, record?.programmeId],
  );
  const units = useUnits();
  const unitNames = useUnitNames(units);

  if (record === undefined || units === undefined) return <Spin description="Đang mở sáng kiến…" />;
  if (record === null)
    return (
      <Result
        status="404"
        title="Không tìm thấy sáng kiến"
        subTitle="Sáng kiến có thể đã bị xóa hẳn."
        extra={
          <Button type="primary" onClick={() => navigate({ screen: 'initiatives' })}>
            Quay lại danh sách
          </Button>
        }
      />
    );
  // key: opening another initiative starts a fresh form, session and autosave.
  return (
    <InitiativeEditor
      key={record.id}
      record={record}
      programme={programme}
      units={units}
      unitNames={unitNames}
    />
  );
};
