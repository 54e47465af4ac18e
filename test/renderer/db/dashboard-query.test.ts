// The dashboard's inputs read from a real IndexedDB (renderer/src/db/queries/dashboard.ts).
import { describe, expect, it } from 'vitest';
import { saveCertificateThresholds } from '../../../renderer/src/db/appraisal/settings';
import { trashInitiative } from '../../../renderer/src/db/initiatives';
import { candidateIdsOf, loadDashboard } from '../../../renderer/src/db/queries/dashboard';
import { loadProgrammeResults } from '../../../renderer/src/db/queries/programme-results';
import { sessionDb } from '../appraisal/session-fixture';

describe('the dashboard query', () => {
  it('counts the programme’s register, the trash left out', async () => {
    const { db, programme } = await sessionDb();
    await trashInitiative(db, 'init-1', 'Bình');
    const f = await loadDashboard(db, programme, '2021-04-10');
    expect(f.recorded).toBe(2);
    expect(f.byStatus.appraising).toBe(2);
    // 20.000.000 + 30.000.000 đ; the trashed 10.000.000 đ is not counted.
    expect(f.benefit).toBe(50_000_000);
    expect(f.byUnit).toHaveLength(1);
    expect(f.recognised).toBe(0);
    expect(f.certificateCandidates).toBe(0);
  });

  it('names the candidates the appraisal results name', async () => {
    const { db, programme } = await sessionDb();
    await saveCertificateThresholds(
      db,
      programme.id,
      { single: 25_000_000, threeYears: 0 },
      'Bình',
    );
    const view = await loadProgrammeResults(db, programme.id);
    expect([...candidateIdsOf(view.results)]).toEqual(['init-3']);
  });
});
