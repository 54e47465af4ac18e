import { describe, expect, it } from 'vitest';
import {
  TRANSITIONS,
  awaitsAppraisal,
  canMove,
  isConsiderable,
  isEditable,
  moveStatus,
  recognisedOf,
  type Mover,
} from '@shared/domain/lifecycle';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@shared/model/initiative';
import { completeInitiative } from '../initiative-fixtures';

const MOVERS: readonly Mover[] = [
  'clerk',
  'session',
  'conclusion',
  'reopen',
  'proposal',
  'commendation',
];

/** Every allowed move as `from → to by mover`, the way the domain describes it. */
const ALLOWED = [
  'draft → submitted by clerk',
  'submitted → draft by clerk',
  'submitted → appraising by session',
  'appraising → recognised by conclusion',
  'appraising → not_recognised by conclusion',
  'recognised → not_recognised by conclusion',
  'not_recognised → recognised by conclusion',
  'recognised → appraising by reopen',
  'not_recognised → appraising by reopen',
  'recognised → proposed by proposal',
  'proposed → recognised by clerk',
  'proposed → commended by commendation',
];

const at = (status: InitiativeStatus) => completeInitiative({ status });

describe('the lifecycle table', () => {
  it('holds exactly the moves of the domain', () => {
    expect(TRANSITIONS.map((t) => `${t.from} → ${t.to} by ${t.by}`).sort()).toEqual(
      [...ALLOWED].sort(),
    );
  });

  it.each(ALLOWED)('allows %s', (move) => {
    const [from, , to, , by] = move.split(' ') as [
      InitiativeStatus,
      '→',
      InitiativeStatus,
      'by',
      Mover,
    ];
    const facts = to === 'proposed' ? { freeQuotaPlaces: 1 } : {};
    const result = moveStatus(at(from), to, by, facts);
    expect(result).toEqual({ ok: true, value: { ...at(from), status: to } });
  });

  it('refuses every move the table does not hold, with a typed error', () => {
    let refusedCount = 0;
    for (const from of INITIATIVE_STATUSES)
      for (const to of INITIATIVE_STATUSES)
        for (const by of MOVERS) {
          if (ALLOWED.includes(`${from} → ${to} by ${by}`)) continue;
          const result = moveStatus(at(from), to, by, { freeQuotaPlaces: 3 });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('STATUS_MOVE_REFUSED');
          expect(canMove(from, to, by)).toBe(false);
          refusedCount++;
        }
    expect(refusedCount).toBe(7 * 7 * MOVERS.length - ALLOWED.length);
  });

  it('names the statuses in the refusal, in Vietnamese', () => {
    const result = moveStatus(at('draft'), 'recognised', 'conclusion');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'STATUS_MOVE_REFUSED',
        message: 'Không thể chuyển sáng kiến từ "Nháp" sang "Được công nhận".',
      },
    });
  });

  it('refuses a move by the wrong mover: the clerk cannot conclude for the council', () => {
    expect(moveStatus(at('appraising'), 'recognised', 'clerk').ok).toBe(false);
    expect(moveStatus(at('submitted'), 'appraising', 'clerk').ok).toBe(false);
  });
});

describe('guarded moves', () => {
  it('submits only a draft whose required fields are filled', () => {
    const incomplete = completeInitiative({ status: 'draft', title: '  ' });
    const result = moveStatus(incomplete, 'submitted', 'clerk');
    expect(result.ok ? 'moved' : result.error.code).toBe('SUBMIT_INCOMPLETE');
  });

  it('proposes only with a free place in the quota', () => {
    for (const freeQuotaPlaces of [undefined, 0, -1]) {
      const result = moveStatus(at('recognised'), 'proposed', 'proposal', { freeQuotaPlaces });
      expect(result.ok ? 'moved' : result.error.code).toBe('QUOTA_FULL');
    }
    expect(moveStatus(at('recognised'), 'proposed', 'proposal', { freeQuotaPlaces: 1 }).ok).toBe(
      true,
    );
  });

  it('proposes only a recognised initiative, whatever the quota', () => {
    const result = moveStatus(at('not_recognised'), 'proposed', 'proposal', { freeQuotaPlaces: 3 });
    expect(result.ok ? 'moved' : result.error.code).toBe('STATUS_MOVE_REFUSED');
  });
});

describe('what a status allows', () => {
  it('edits drafts and submitted ones outside the trash only', () => {
    expect(isEditable({ status: 'draft', deletedAt: null })).toBe(true);
    expect(isEditable({ status: 'submitted', deletedAt: null })).toBe(true);
    expect(isEditable({ status: 'appraising', deletedAt: null })).toBe(false);
    expect(isEditable({ status: 'proposed', deletedAt: null })).toBe(false);
    expect(isEditable({ status: 'draft', deletedAt: '2021-04-01T00:00:00Z' })).toBe(false);
  });

  it('lets a session hold submitted and appraised ones, and offers the unconcluded', () => {
    expect(INITIATIVE_STATUSES.filter(isConsiderable)).toEqual([
      'submitted',
      'appraising',
      'recognised',
      'not_recognised',
    ]);
    expect(INITIATIVE_STATUSES.filter(awaitsAppraisal)).toEqual(['submitted', 'appraising']);
  });

  it('reads the council conclusion from the status', () => {
    expect(INITIATIVE_STATUSES.map(recognisedOf)).toEqual([
      null,
      null,
      null,
      true,
      false,
      true,
      true,
    ]);
  });
});
