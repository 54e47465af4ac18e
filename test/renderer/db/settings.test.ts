import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  completeSetup,
  getActiveProgrammeId,
  getOffice,
  setActiveProgrammeId,
  updateOffice,
} from '../../../renderer/src/db/settings';
import { freshDb, sampleOffice, setUpDb } from '../helpers';

describe('settings repository', () => {
  it('has no office and no active programme before setup', async () => {
    const db = freshDb();
    expect(await getOffice(db)).toBeNull();
    expect(await getActiveProgrammeId(db)).toBeNull();
  });

  it('first run stores the office, its root unit, and the preset as the active programme', async () => {
    const db = freshDb();
    const office = await completeSetup(db, sampleOffice);
    expect(await getOffice(db)).toEqual(office);
    expect(await db.units.get(office.unitId)).toMatchObject({
      name: sampleOffice.unitName,
      kind: 'cdcs',
      parentId: null,
      archived: false,
      updatedBy: sampleOffice.userName,
    });
    const [programme, ...more] = await db.programmes.toArray();
    expect(more).toEqual([]);
    expect(programme).toMatchObject({
      name: '75 ngàn sáng kiến vượt khó, phát triển',
      deadline: '2021-04-20',
      targetInitiatives: 2800,
      targetCertificatesMin: 5,
      targetCertificatesMax: 10,
      quotaPerUnit: 3,
      recipientEmail: 'bancsktxh@gmail.com',
    });
    expect(await getActiveProgrammeId(db)).toBe(programme!.id);
  });

  it('first run with an invalid profile stores nothing at all', async () => {
    const db = freshDb();
    await expect(completeSetup(db, { ...sampleOffice, email: 'không-phải-email' })).rejects.toThrow(
      ZodError,
    );
    expect(await getOffice(db)).toBeNull();
    expect(await db.units.count()).toBe(0);
    expect(await db.programmes.count()).toBe(0);
    expect(await getActiveProgrammeId(db)).toBeNull();
  });

  it('editing the office renames the root unit and keeps the unit id', async () => {
    const { db, office } = await setUpDb();
    await updateOffice(db, {
      ...office,
      unitName: 'CĐCS Công ty Tôn Đông Á',
      kind: 'cd_tong_cong_ty',
    });
    expect(await getOffice(db)).toMatchObject({
      unitId: office.unitId,
      unitName: 'CĐCS Công ty Tôn Đông Á',
    });
    expect(await db.units.get(office.unitId)).toMatchObject({
      name: 'CĐCS Công ty Tôn Đông Á',
      kind: 'cd_tong_cong_ty',
      rev: 2,
    });
  });

  it('refuses an invalid edit and keeps the stored profile', async () => {
    const { db, office } = await setUpDb();
    await expect(updateOffice(db, { ...office, chairName: '' })).rejects.toThrow(
      'Nhập họ tên người ký',
    );
    expect(await getOffice(db)).toEqual(office);
  });

  it('remembers the active programme', async () => {
    const { db } = await setUpDb();
    await setActiveProgrammeId(db, 'another');
    expect(await getActiveProgrammeId(db)).toBe('another');
  });
});
