import { unitSchema, type Unit, type UnitKind } from '@shared/model/unit';
import { cleanText } from '@shared/text';
import type { DeskDb } from './database';
import { created, touched } from './stamp';
import { RuleError } from './rule-error';

export interface UnitInput {
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/** Every unit this office knows, archived ones included (screens decide what to show). */
export const listUnits = (db: DeskDb): Promise<Unit[]> => db.units.toArray();

export const createUnit = async (db: DeskDb, input: UnitInput, by: string): Promise<Unit> => {
  const unit = unitSchema.parse({
    ...created(by),
    ...input,
    name: cleanText(input.name),
    archived: false,
  });
  await db.units.add(unit);
  return unit;
};

/** Walks up from `parentId` to make sure a unit is not moved under itself. */
const wouldCycle = async (db: DeskDb, id: string, parentId: string | null): Promise<boolean> => {
  let at = parentId;
  for (let guard = 0; at && guard < 100; guard++) {
    if (at === id) return true;
    at = (await db.units.get(at))?.parentId ?? null;
  }
  return false;
};

export const updateUnit = async (
  db: DeskDb,
  id: string,
  input: UnitInput,
  by: string,
): Promise<Unit> =>
  db.transaction('rw', db.units, async () => {
    const current = await db.units.get(id);
    if (!current) throw new RuleError('Không tìm thấy đơn vị');
    if (await wouldCycle(db, id, input.parentId))
      throw new RuleError(
        'Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị cấp dưới của nó',
      );
    const next = unitSchema.parse({
      ...touched(current, by),
      ...input,
      name: cleanText(input.name),
    });
    await db.units.put(next);
    return next;
  });

export const setUnitArchived = async (
  db: DeskDb,
  id: string,
  archived: boolean,
  by: string,
): Promise<void> => {
  await db.transaction('rw', db.units, async () => {
    const current = await db.units.get(id);
    if (!current) throw new RuleError('Không tìm thấy đơn vị');
    await db.units.put({ ...touched(current, by), archived });
  });
};

/** A unit with initiatives (even in the trash) or sub-units cannot be deleted, only archived. */
export const deleteUnit = async (db: DeskDb, id: string): Promise<void> => {
  await db.transaction('rw', [db.units, db.initiatives, db.settings], async () => {
    const office = (await db.settings.get('office'))?.value as { unitId?: string } | undefined;
    if (office?.unitId === id) throw new RuleError('Không thể xóa đơn vị của chính văn phòng này.');
    const used = await db.initiatives.where('unitId').equals(id).count();
    if (used > 0)
      throw new RuleError(
        `Đơn vị đã có ${used} sáng kiến nên không thể xóa. Hãy lưu trữ đơn vị thay vì xóa.`,
      );
    const children = await db.units.where('parentId').equals(id).count();
    if (children > 0)
      throw new RuleError('Đơn vị còn đơn vị trực thuộc. Hãy chuyển hoặc xóa các đơn vị đó trước.');
    await db.units.delete(id);
  });
};
