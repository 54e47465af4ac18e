import type { Initiative } from '@shared/model/initiative';
import { newId } from '@shared/model/common';
import { emptyDraft } from '../../../renderer/src/db/initiatives';

/** A valid initiative record of a unit and programme, for `importInitiatives`. */
export const initiativeRecord = (
  programmeId: string,
  unitId: string,
  overrides: Partial<Initiative> = {},
): Initiative => ({
  ...emptyDraft(programmeId, unitId),
  id: newId(),
  createdAt: '2021-03-15T08:00:00.000Z',
  updatedAt: '2021-03-15T08:00:00.000Z',
  updatedBy: 'Trần Thị Bình',
  rev: 1,
  title: 'Cải tiến máy cắt tôn',
  status: 'draft',
  deletedAt: null,
  ...overrides,
});
