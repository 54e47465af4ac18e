// The dashboard's figures and the .xlsx export of the initiative list, in plain Node (issue 10):
// figures over generated list rows (aim ≤ 200 ms once the register is loaded), and the list
// streamed to .xlsx by main/sheets/ beside exceljs's own streaming writer given the same cells
// with no styles, frozen row or filter, and no atomic rename.
//   npx tsx test/bench/dashboard-sheets.ts                       (100,000 rows)
//   BENCH_RECORDS=250000 npx tsx test/bench/dashboard-sheets.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dashboardFigures, type DashboardRow } from '@shared/dashboard/figures';
import { INITIATIVE_STATUSES } from '@shared/model/initiative';
import { initiativeListTable, type ListSheetRow } from '@shared/sheets/initiative-list';
import { SHEET_EXPORT_CHUNK, type SheetTable } from '@shared/sheets/table';
import { createSheetHandlers } from '../../main/handlers/sheets';
import { writeXlsxAtomic } from '../../main/sheets/xlsx-writer';
import { machine } from './machine';
import { ms, percentile, table, type Row } from './report';

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const UNITS = 60;
const FIELDS = ['Kỹ thuật', 'Quản lý', 'An toàn lao động', 'Tiết kiệm năng lượng', 'Khác'];

/** Deterministic rows: every status, unit and field, some without benefit or date, some trashed. */
const makeRows = (n: number): (DashboardRow & ListSheetRow)[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    unitId: `u${i % UNITS}`,
    field: FIELDS[i % FIELDS.length]!,
    status: INITIATIVE_STATUSES[i % INITIATIVE_STATUSES.length]!,
    economicBenefit: i % 4 === 0 ? null : ((i * 7919) % 500) * 1_000_000,
    trashed: i % 50 === 0 ? 1 : 0,
    title: `Sáng kiến cải tiến quy trình số ${i + 1} tại phân xưởng`,
    authorNames: [`Nguyễn Văn Tác Giả ${i % 997}`, `Trần Thị Đồng Tác Giả ${i % 331}`],
    firstAppliedOn: i % 5 === 0 ? null : `2021-${String((i % 12) + 1).padStart(2, '0')}-15`,
  }));

const time = async (run: () => unknown): Promise<number> => {
  const t = performance.now();
  await run();
  return performance.now() - t;
};

/** exceljs's streaming writer on the same cells: the baseline the export is reported beside. */
const plainExcelJs = async (path: string, rows: readonly (string | number | null)[][]) => {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = book.addWorksheet('Danh sách sáng kiến');
  for (const cells of rows) sheet.addRow(cells.map((c) => c)).commit();
  sheet.commit();
  await book.commit();
};

/** The page's path (D44): begin, 5,000-row chunks with their progress answers, end. */
const chunked = async (path: string, built: SheetTable): Promise<number> => {
  const refuse = () => Promise.reject(new Error('not used'));
  const handlers = createSheetHandlers({
    dialogs: { askSavePath: () => Promise.resolve(path), askOpenPath: refuse, askFolder: refuse },
    shell: { showItemInFolder: () => undefined, openPath: () => Promise.resolve('') },
    appInfo: { name: 'bench', version: '0', platform: process.platform, dataDir: tmpdir() },
  });
  const begun = await handlers['sheet:export:begin']({
    suggestedName: 'bench',
    sheetName: built.sheetName,
    columns: built.columns,
    rowCount: built.rows.length,
  });
  if (!begun.ok || begun.value === null) throw new Error('export did not begin');
  let answers = 0;
  for (let from = 0; from < built.rows.length; from += SHEET_EXPORT_CHUNK) {
    const sent = await handlers['sheet:export:rows']({
      exportId: begun.value.exportId,
      rows: built.rows.slice(from, from + SHEET_EXPORT_CHUNK),
    });
    if (!sent.ok) throw new Error(sent.error.message);
    answers += 1;
  }
  const ended = await handlers['sheet:export:end']({
    exportId: begun.value.exportId,
    cancel: false,
  });
  if (!ended.ok) throw new Error(ended.error.message);
  return answers;
};

const main = async (): Promise<void> => {
  const loadBefore = machine('').load;
  const rows = makeRows(TOTAL);
  const programme = {
    deadline: '2021-06-30',
    targetInitiatives: 2800,
    targetCertificatesMin: 5,
    targetCertificatesMax: 10,
    fields: FIELDS,
  };
  const candidateIds = new Set(rows.filter((_, i) => i % 97 === 0).map((r) => r.id));
  const certificateIds = new Set(rows.filter((_, i) => i % 997 === 0).map((r) => r.id));
  const figureTimes: number[] = [];
  let recorded = 0;
  for (let round = 0; round < ROUNDS; round++)
    figureTimes.push(
      await time(() => {
        recorded = dashboardFigures({
          programme,
          rows,
          candidateIds,
          certificateIds,
          today: '2021-06-10',
        }).recorded;
      }),
    );

  const unitNames = new Map(
    Array.from({ length: UNITS }, (_, u) => [`u${u}`, `Công đoàn bộ phận số ${u + 1}`]),
  );
  const dir = mkdtempSync(join(tmpdir(), 'skd-bench-sheets-'));
  try {
    const live = rows.filter((r) => r.trashed === 0);
    let tableMs = 0;
    let built = initiativeListTable([], unitNames);
    tableMs = await time(() => {
      built = initiativeListTable(live, unitNames);
    });
    const ours = join(dir, 'ours.xlsx');
    const theirs = join(dir, 'exceljs.xlsx');
    let reports = 0;
    // Alternated, so load from other work on the machine falls on both alike.
    const chunkedPath = join(dir, 'chunked.xlsx');
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    const chunkedMs: number[] = [];
    let answers = 0;
    for (let round = 0; round < 2; round++) {
      oursMs.push(await time(() => writeXlsxAtomic(ours, built, () => void (reports += 1))));
      theirsMs.push(await time(() => plainExcelJs(theirs, built.rows)));
      chunkedMs.push(await time(async () => void (answers = await chunked(chunkedPath, built))));
    }
    const mb = (path: string) => `${(statSync(path).size / 1024 ** 2).toFixed(1)} MB`;
    const p50 = percentile(figureTimes, 50);
    const p95 = percentile(figureTimes, 95);
    const result: Row[] = [
      {
        measure: `dashboard figures over ${TOTAL.toLocaleString('en')} rows, p50 / p95 (${ROUNDS} runs)`,
        value: `${ms(p50)} / ${ms(p95)}`,
        aim: '<= 200 ms',
        met: p95 <= 200,
      },
      { measure: 'rows counted (trash left out)', value: recorded.toLocaleString('en') },
      {
        measure: `list table built (${live.length.toLocaleString('en')} rows)`,
        value: ms(tableMs),
      },
      {
        measure: '.xlsx export, main/sheets/ (styles, frozen row, filter, atomic), best of 2',
        value: `${ms(Math.min(...oursMs))}, ${mb(ours)}, ${reports / 2} progress reports`,
      },
      {
        measure: '.xlsx export as the page sends it (sheet:export:begin/rows/end), best of 2',
        value: `${ms(Math.min(...chunkedMs))}, ${mb(chunkedPath)}, ${answers} progress answers`,
      },
      {
        measure: '.xlsx, exceljs streaming writer alone (same cells, no styles), best of 2',
        value: `${ms(Math.min(...theirsMs))}, ${mb(theirs)}`,
      },
    ];
    const m = machine('-');
    console.log(`\ndashboard and spreadsheet in plain Node: ${TOTAL.toLocaleString('en')} rows`);
    console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}`);
    console.log(`load average (1 min): ${loadBefore} at start, ${m.load} at end\n`);
    console.log(table(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
