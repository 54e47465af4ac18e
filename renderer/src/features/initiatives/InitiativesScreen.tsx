import { useState } from 'react';
import { App, Alert, Empty, Flex, Typography } from 'antd';
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
import { useInitiativeCounts } from './useInitiativeCounts';
import { registerStatusText } from './loading-note';
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
  const stored = useInitiativeCounts(programme?.id ?? null);

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
  const filtered = !!(filters.query || filters.unitId || filters.field || filters.readiness);
  // Until every row is in, the unfiltered counts come from the counts kept with each write.
  const counts = loadingAll && !filtered && stored ? stored.live : view.counts;
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
        <StatusCounts counts={counts} selected={filters.status} onSelect={filters.setStatus} />
        <Typography.Text type="secondary" aria-live="polite">
          {registerStatusText(snap, view.rows.length, filtered)}
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
