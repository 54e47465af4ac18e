// What the first screen needs, read before React renders (docs/decisions.md, D63). Without it the
// first render only shows a spinner, the shell waits for the office, the register for the
// programme, and each of those reads waits behind the render before it: the first rows appeared
// after four such turns. Read together at start, the office and the programme are there for the
// first render, and the register starts reading its newest rows while the shell renders.
import type { Office } from '@shared/model/office';
import type { Programme } from '@shared/model/programme';
import type { DeskDb } from '../db/database';
import { getActiveProgramme } from '../db/programmes';
import { getOffice } from '../db/settings';
import { programmeRowsStore } from '../search/programme-rows-registry';
import { parseRoute } from './router';

export interface WarmStart {
  office: Office | null;
  programme: Programme | null;
}

/** Per database: the active programme as last read, the first value of a newly mounted reader. */
const knownActive = new WeakMap<DeskDb, Programme | null>();

export const lastKnownActive = (db: DeskDb): Programme | null | undefined => knownActive.get(db);

export const rememberActive = (db: DeskDb, programme: Programme | null): void => {
  knownActive.set(db, programme);
};

/** Reads the office and the active programme; undefined when the read failed (the screens retry). */
export async function readWarmStart(db: DeskDb): Promise<WarmStart | undefined> {
  try {
    const [office, programme] = await Promise.all([getOffice(db), getActiveProgramme(db)]);
    rememberActive(db, programme);
    return { office, programme };
  } catch (e) {
    console.warn('[start] first read failed', e);
    return undefined;
  }
}

/**
 * When the app opens on the register, starts loading it now, held until the screen subscribes;
 * returns the release (call it once the first screen has committed).
 */
export function holdFirstRegister(
  db: DeskDb,
  warm: WarmStart | undefined,
  hash: string,
): () => void {
  if (!warm?.office || !warm.programme || parseRoute(hash).screen !== 'initiatives')
    return () => undefined;
  const unsubscribe = programmeRowsStore(db, warm.programme.id).subscribe(() => undefined);
  let held = true;
  return () => {
    if (held) unsubscribe();
    held = false;
  };
}
