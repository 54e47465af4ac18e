import { useState } from 'react';
import { App, Alert, Empty, Flex, Typography } from 'antd';
import { groupDigits } from '@shared/format';
import { useActiveProgramme, useDb, useOffice } from '../../app/context';
import { navigate } from '../../app/router';
import { createInitiative, emptyDraft } from '../../db/initiatives';
import { failureText } from '../../ui/failure';
import { SheetImportModal } from '../sheets/SheetImportModal';
import { useListFilters } from './filters-store';
import { markFreshDraft } from './fresh-drafts';
import { InitiativesTable } from './InitiativesTable';
import { InitiativesToolbar } from './InitiativesToolbar';
import { StatusCounts } from './StatusCounts';
import { useInitiativeRows } from './useInitiativeRows';
import { useUnits } from './useUnits';

/** The register of the active programme: search, filters, counts and the list. */
export const InitiativesScreen = () => {
  const db = useDb();
  const office = useOffice();
  const programme = useActiveProgramme();
  const { message } = App.useApp();
  const filters = useListFilters();
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const view = useInitiativeRows(programme?.id ?? null, { ...filters, programmeWindow: programme });

  if (programme === null)
    return <Empty description="Chưa có chương trình nào. Hãy tạo một chương trình trước." />;

  const add = async () => {
    if (!programme) return;
    setCreating(true);
    try {
      const draft = await createInitiative(
        db,
        emptyDraft(programme.id, office.unitId),
        office.userName,
      );
      markFreshDraft(draft.id);
      navigate({ screen: 'initiative', id: draft.id });
    } catch (e) {
      message.error(failureText(e, 'Không tạo được sáng kiến mới'));
    } finally {
      setCreating(false);
    }
  };

  const snap = view.snapshot;
  const loadingAll = !snap || snap.phase === 'idle' || snap.phase === 'first';
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Sáng kiến
      </Typography.Title>
      <InitiativesToolbar
        units={(units ?? []).filter((u) => !u.archived)}
        fields={programme?.fields ?? []}
        creating={creating}
        canCreate={!!programme}
        onCreate={() => void add()}
        onImport={() => setImporting(true)}
      />
      {programme ? (
        <SheetImportModal
          programme={programme}
          open={importing}
          onClose={() => setImporting(false)}
        />
      ) : null}
      <Flex wrap gap={12} align="center" justify="space-between">
        <StatusCounts counts={view.counts} selected={filters.status} onSelect={filters.setStatus} />
        <Typography.Text type="secondary" aria-live="polite">
          {!loadingAll
            ? `${groupDigits(view.rows.length)} sáng kiến`
            : snap?.phase === 'first'
              ? `Đang tải ${groupDigits(snap.expected)} sáng kiến…`
              : 'Đang tải sáng kiến…'}
        </Typography.Text>
      </Flex>
      {snap?.error ? <Alert type="error" showIcon title={snap.error} /> : null}
      <InitiativesTable
        rows={view.rows}
        unitNames={view.unitNames}
        programmeWindow={programme ?? null}
        sort={filters.sort}
        onSort={filters.setSort}
        loading={!snap || snap.phase === 'idle'}
      />
    </Flex>
  );
};
