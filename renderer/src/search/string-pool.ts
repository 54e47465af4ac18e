// One copy of each repeated string in a register. Rows read from IndexedDB each carry their own
// copies of the programme, the unit, the field and the status; at 250,000 rows those copies weigh
// tens of megabytes (docs/decisions.md, D58).
import type { InitiativeRow } from '../db/initiative-row';

export class StringPool {
  private readonly pool = new Map<string, string>();

  intern(s: string): string {
    const kept = this.pool.get(s);
    if (kept !== undefined) return kept;
    this.pool.set(s, s);
    return s;
  }

  /**
   * Points a freshly read row's low-variety strings at the pool's copies (the row is the store's
   * own). Author names are left as read: interning them saved more but cost about a
   * second of the load at 250,000 rows.
   */
  internRow(r: InitiativeRow, programmeId: string): InitiativeRow {
    r.programmeId = programmeId;
    r.unitId = this.intern(r.unitId);
    r.field = this.intern(r.field);
    r.status = this.intern(r.status) as InitiativeRow['status'];
    if (r.firstAppliedOn !== null) r.firstAppliedOn = this.intern(r.firstAppliedOn);
    return r;
  }

  clear(): void {
    this.pool.clear();
  }
}
