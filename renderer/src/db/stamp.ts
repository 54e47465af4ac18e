import { newId } from '@shared/model/common';

/** Bookkeeping for a new record. */
export const created = (by: string, now = new Date().toISOString()) => ({
  id: newId(),
  createdAt: now,
  updatedAt: now,
  updatedBy: by,
  rev: 1,
});

/** Bookkeeping for a changed record. */
export const touched = <T extends { rev: number }>(
  record: T,
  by: string,
  now = new Date().toISOString(),
) => ({
  ...record,
  updatedAt: now,
  updatedBy: by,
  rev: record.rev + 1,
});
