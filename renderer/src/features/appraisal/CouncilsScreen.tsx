import { useState } from 'react';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useActiveProgramme, useDb } from '../../app/context';
import { listCouncils } from '../../db/queries/session-data';
import { CouncilForm } from './CouncilForm';
import { NoProgramme } from './NoProgramme';

/** The council(s) of the active programme at this office, with their members. */
export const CouncilsScreen = () => {
  const db = useDb();
  const programme = useActiveProgramme();
  const councils = useLiveQuery(
    async () => (programme ? listCouncils(db, programme.id) : []),
    [db, programme],
  );
  const [adding, setAdding] = useState(false);
  if (!programme) return <NoProgramme programme={programme} />;
  // With no council yet there is nothing else to do here: the form is open from the start.
  const showNew = adding || councils?.length === 0;
  return (
    <section aria-labelledby="councils-title">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title id="councils-title" level={3} style={{ margin: 0 }}>
          Hội đồng
        </Typography.Title>
        {!showNew && (
          <Button type="primary" onClick={() => setAdding(true)}>
            Thêm Hội đồng
          </Button>
        )}
      </Flex>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {councils?.map((c) => (
          <Card key={`${c.id}:${c.rev}`} size="small" title={c.name}>
            <CouncilForm programmeId={programme.id} council={c} />
          </Card>
        ))}
        {showNew && councils && (
          <Card size="small" title="Hội đồng mới">
            <CouncilForm
              programmeId={programme.id}
              council={null}
              onSaved={() => setAdding(false)}
              onCancel={councils.length > 0 ? () => setAdding(false) : undefined}
            />
          </Card>
        )}
      </Space>
    </section>
  );
};
