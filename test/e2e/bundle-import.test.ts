// Import at the level above, end to end (issue 9): two profiles, each its own Chromium profile and
// IndexedDB. The grassroots office builds a bundle from its own records through the real
// bundle:write; the district opens it on "Nhập hồ sơ", imports it and sees the records; the same
// bundle again changes nothing; the source changes one record: one update with its history; both
// sides change the same record: one conflict, nothing overwritten.
import { afterEach, describe, expect, it } from 'vitest';
import type { Initiative } from '@shared/model/initiative';
import { SEED_PROGRAMME_ID } from '@shared/seed-programme';
import { formatDate } from '@shared/format';
import { DB_NAME } from '../../renderer/src/db/schema';
import { completeInitiative } from '../shared/initiative-fixtures';
import { pageToday } from './browser';
import { startApp, type App } from './harness';
import {
  completeSetup,
  heading,
  history,
  openMenu,
  registerCount,
  tableRow,
} from './clerk-flow-steps';
import { OFFICE } from './clerk-flow-steps';

let apps: App[] = [];
afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

const DISTRICT = 'LĐLĐ huyện Trảng Bom';

/** The district's first run: the same form, another office. */
async function setUpDistrict(app: App): Promise<void> {
  await app.waitForText('Thiết lập ban đầu');
  await app.fillByLabel('Tên đơn vị', DISTRICT);
  await app.selectByLabel('Cấp công đoàn', /^LĐLĐ huyện/);
  await app.fillByLabel('Cơ quan cấp trên', 'LĐLĐ tỉnh Đồng Nai');
  await app.fillByLabel('Địa danh ghi trên văn bản', 'Trảng Bom');
  await app.fillByLabel('Họ tên người ký', 'Võ Văn Tâm');
  await app.fillByLabel('Chức vụ người ký', 'Chủ tịch');
  await app.fillByLabel('Email của đơn vị', 'ldld.trangbom@example.vn');
  await app.fillByLabel('Tên người sử dụng', 'Lê Thị Huyện');
  await app.clickButton('Bắt đầu sử dụng');
  await app.waitForMessage({ kind: 'success', text: 'Đã lưu thông tin đơn vị' });
}

/** Puts records into the page's IndexedDB, as a clerk's earlier work left them. */
async function putRecords(app: App, records: Initiative[]): Promise<void> {
  await app.page.evaluate(
    ([dbName, list]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('initiatives', 'readwrite');
          for (const r of list) tx.objectStore('initiatives').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('put failed'));
        };
      }),
    [DB_NAME, records] as const,
  );
}

/** One record of the page's IndexedDB. */
async function getRecord(app: App, id: string): Promise<Initiative> {
  return app.page.evaluate(
    ([dbName, key]) =>
      new Promise<Initiative>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const get = open.result.transaction('initiatives').objectStore('initiatives').get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Initiative);
          };
          get.onerror = () => reject(new Error('get failed'));
        };
      }),
    [DB_NAME, id] as const,
  );
}

/** The office's unit id, from the settings the first run wrote. */
async function officeUnitId(app: App): Promise<string> {
  return app.page.evaluate(
    (dbName) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('office');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { value: { unitId: string } }).value.unitId);
          };
        };
      }),
    DB_NAME,
  );
}

/**
 * The grassroots office's bundle: the page reads its programme, its unit and its proposed
 * initiatives from IndexedDB and asks main to write them (bundle:write, to the chosen folder).
 */
async function writeBundle(app: App): Promise<string> {
  const path = await app.page.evaluate(async (dbName) => {
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as unknown[]);
          };
        };
      });
    const [programme] = (await all('programmes')) as { id: string; name: string }[];
    const [unit] = (await all('units')) as { id: string; name: string }[];
    const initiatives = ((await all('initiatives')) as { status: string }[]).filter(
      (i) => i.status === 'proposed',
    );
    const desk = (window as unknown as { desk: Record<string, (r: unknown) => Promise<unknown>> })
      .desk;
    const written = (await desk['bundle:write']!({
      target: 'choose',
      unit: { id: unit!.id, name: unit!.name },
      programme: { id: programme!.id, name: programme!.name },
      data: { programme, units: [unit], initiatives, councils: [], sessions: [], scoreSheets: [] },
      documents: [],
      attachments: [],
    })) as { ok: boolean; value: { path: string } | null; error?: { message: string } };
    if (!written.ok || !written.value) throw new Error(written.error?.message ?? 'cancelled');
    return written.value.path;
  }, DB_NAME);
  return path;
}

/** The district opens the bundle on "Nhập hồ sơ" with the open dialog. */
async function openBundle(app: App, path: string): Promise<void> {
  await openMenu(app, 'Nhập hồ sơ');
  await heading(app, 'Nhập hồ sơ').waitFor();
  app.chooseNextOpenFile(path);
  await app.clickButton(/Chọn hồ sơ…/);
}

const counts = (app: App) => app.page.getByLabel('Số sáng kiến theo loại');

describe('import at the level above', () => {
  it('imports a grassroots bundle once, then updates, then shows a conflict; nothing overwritten', async () => {
    const grassroots = await startApp();
    apps.push(grassroots);
    await completeSetup(grassroots);
    await grassroots.clickButton('Bắt đầu sử dụng');
    await grassroots.waitForMessage({ kind: 'success', text: 'Đã lưu thông tin đơn vị' });
    const unitId = await officeUnitId(grassroots);
    const mine = (over: Partial<Initiative>) =>
      completeInitiative({ programmeId: SEED_PROGRAMME_ID, unitId, status: 'proposed', ...over });
    await putRecords(grassroots, [
      mine({ id: 'e2e-1', title: 'Cải tiến máy dập tôn tự động' }),
      mine({ id: 'e2e-2', title: 'Quy trình sơn tĩnh điện tiết kiệm' }),
      mine({ id: 'e2e-3', title: 'Bảng theo dõi an toàn điện tử' }),
    ]);
    const first = await writeBundle(grassroots);

    const district = await startApp();
    apps.push(district);
    await setUpDistrict(district);

    // First import: three new records under a new unit, into the built-in programme.
    await openBundle(district, first);
    await district.waitForText(`Hồ sơ ${first.split('/').pop()!}`);
    await expect
      .poll(() => counts(district).innerText())
      .toMatch(/Mới: 3.*Cập nhật: 0.*Không đổi: 0.*Xung đột: 0/s);
    await district.waitForText(`Sẽ tạo đơn vị mới "${OFFICE.unitName}" khi nhập.`);
    await district.clickButton('Nhập');
    await district.waitForText(/Đã nhập hồ sơ: 3 sáng kiến mới, 0 cập nhật, 0 không đổi\./);
    await openMenu(district, 'Sáng kiến');
    await registerCount(district, 3).waitFor();
    await tableRow(district, 'Quy trình sơn tĩnh điện tiết kiệm').waitFor();

    // The same bundle again: nothing changes.
    await openBundle(district, first);
    await expect
      .poll(() => counts(district).innerText())
      .toMatch(/Mới: 0.*Cập nhật: 0.*Không đổi: 3.*Xung đột: 0/s);
    await district.clickButton('Nhập');
    await district.waitForText(/Đã nhập hồ sơ: 0 sáng kiến mới, 0 cập nhật, 3 không đổi\./);
    expect((await getRecord(district, 'e2e-2')).rev).toBe(1);

    // The source changes one record and sends again: one update, with its history.
    const changed = await getRecord(grassroots, 'e2e-2');
    await putRecords(grassroots, [
      { ...changed, rev: 2, title: 'Quy trình sơn tĩnh điện tiết kiệm 30% điện' },
    ]);
    const second = await writeBundle(grassroots);
    await openBundle(district, second);
    await expect
      .poll(() => counts(district).innerText())
      .toMatch(/Mới: 0.*Cập nhật: 1.*Không đổi: 2.*Xung đột: 0/s);
    await district.clickButton('Nhập');
    await district.waitForText(/Đã nhập hồ sơ: 0 sáng kiến mới, 1 cập nhật, 2 không đổi\./);
    await district.page
      .getByRole('link', { name: 'Quy trình sơn tĩnh điện tiết kiệm 30% điện' })
      .click();
    const note = `Nhập từ hồ sơ của ${OFFICE.unitName} ngày ${formatDate(pageToday())}`;
    await history(district).getByText(note).first().waitFor();
    await history(district)
      .getByText('Quy trình sơn tĩnh điện tiết kiệm 30% điện')
      .first()
      .waitFor();

    // Both sides change the same record: one conflict, shown; nothing overwritten.
    const here = await getRecord(district, 'e2e-1');
    await putRecords(district, [{ ...here, rev: 2, novelty: 'Bổ sung của huyện' }]);
    const there = await getRecord(grassroots, 'e2e-1');
    await putRecords(grassroots, [{ ...there, rev: 2, novelty: 'Bổ sung của cơ sở' }]);
    const third = await writeBundle(grassroots);
    await openBundle(district, third);
    await expect
      .poll(() => counts(district).innerText())
      .toMatch(/Mới: 0.*Cập nhật: 0.*Không đổi: 2.*Xung đột: 1/s);
    const conflicts = district.page.getByRole('region', { name: 'Sáng kiến bị xung đột' });
    await conflicts.getByText('Cải tiến máy dập tôn tự động').waitFor();
    await conflicts.getByText(/Bổ sung của huyện.*Bổ sung của cơ sở/).waitFor();
    await district.clickButton('Nhập');
    await district.waitForText(/1 xung đột chưa xử lý \(để nguyên\)/);
    expect((await getRecord(district, 'e2e-1')).novelty).toBe('Bổ sung của huyện');
    await district.screenshot('bundle-import-conflict');
  });
});
