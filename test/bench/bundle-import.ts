// A province-sized import (issue 9): 100 unit bundles of 3 initiatives each, written by main's
// writer, then imported in one pass as the district does it: main verifies each zip
// (main/bundle/verify-bundle.ts, in Node here as in the app), the page plans and imports each in
// one transaction into Chromium's IndexedDB (renderer/src/db/bundle-import.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BundleData } from '@shared/bundle/data';
import { seedProgramme, SEED_PROGRAMME_ID } from '@shared/seed-programme';
import { verifyBundle } from '../../main/bundle/verify-bundle';
import { writeBundle } from '../../main/bundle/write-bundle';
import { author, completeInitiative } from '../shared/initiative-fixtures';
import type { BenchBundle, ImportReport } from './page/api';
import { ms, percentile, type Row } from './report';

export const IMPORT_BUNDLES = Number(process.env.BENCH_BUNDLES ?? 100);
const PER_BUNDLE = 3;
const at = '2021-04-15T08:00:00.000Z';

/** Unit k's records: its three proposed initiatives in the built-in programme. */
const unitData = (k: number): BundleData => {
  const meta = { createdAt: at, updatedAt: at, updatedBy: 'Văn thư', rev: 1 };
  const unit = {
    ...meta,
    id: `bench-unit-${k}`,
    name: `Công đoàn cơ sở Công ty số ${k + 1}`,
    kind: 'cdcs' as const,
    parentId: null,
    archived: false,
  };
  return {
    programme: seedProgramme({
      id: SEED_PROGRAMME_ID,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'x',
    }),
    units: [unit],
    initiatives: Array.from({ length: PER_BUNDLE }, (_, n) =>
      completeInitiative({
        id: `bench-${k}-${n}`,
        unitId: unit.id,
        programmeId: SEED_PROGRAMME_ID,
        status: 'proposed',
        title: `Sáng kiến ${n + 1} của đơn vị số ${k + 1}: cải tiến dây chuyền`,
        authors: [author(`Nguyễn Văn Tác Giả ${k}`, 60, 1), author(`Trần Thị Đồng ${n}`, 40, 2)],
      }),
    ),
    councils: [],
    sessions: [],
    scoreSheets: [],
  };
};

/** Writes the bundles, then times verify (Node) and plan + transaction (page) over all of them. */
export async function bundleImportFigures(page: Page, log: (line: string) => void): Promise<Row[]> {
  const folder = mkdtempSync(join(tmpdir(), 'skd-bench-bundles-'));
  try {
    log(`writing ${IMPORT_BUNDLES} unit bundles of ${PER_BUNDLE} initiatives`);
    const paths: string[] = [];
    for (let k = 0; k < IMPORT_BUNDLES; k++) {
      const data = unitData(k);
      const unit = data.units[0]!;
      const written = await writeBundle({
        folder,
        fileName: `HoSo_don_vi_${k + 1}.zip`,
        head: {
          formatVersion: 1,
          unit: { id: unit.id, name: unit.name },
          programme: { id: data.programme.id, name: data.programme.name },
          createdAt: at,
          appVersion: 'bench',
        },
        data,
        documents: [],
        attachments: [],
      });
      paths.push(written.path);
    }

    log('importing them in one pass: verify, plan, transaction');
    const t0 = performance.now();
    const verifyMs: number[] = [];
    const bundles: BenchBundle[] = [];
    for (const path of paths) {
      const t = performance.now();
      const verified = await verifyBundle(path);
      verifyMs.push(performance.now() - t);
      if (!verified.ok) throw new Error(verified.error.message);
      const { manifest, data } = verified.value;
      bundles.push({ fileName: path.split('/').pop()!, manifest, data });
    }
    const report = (await page.evaluate(
      (list) =>
        (
          window as unknown as {
            bench: { importBundles(b: unknown[]): Promise<unknown> };
          }
        ).bench.importBundles(list),
      bundles,
    )) as ImportReport;
    const wholeMs = performance.now() - t0;
    const verifyTotal = verifyMs.reduce((a, b) => a + b, 0);
    const initiatives = report.counts['initiatives'] ?? 0;
    return [
      {
        measure: `import ${IMPORT_BUNDLES} unit bundles × ${PER_BUNDLE} initiatives, one pass`,
        value: `${ms(wholeMs)} (${initiatives} initiatives stored)`,
        aim: '≤ 60 s',
        met: wholeMs <= 60_000 && initiatives === IMPORT_BUNDLES * PER_BUNDLE,
      },
      { measure: '  verify (main, all bundles)', value: ms(verifyTotal) },
      { measure: '  verify per bundle, median', value: ms(percentile(verifyMs, 50)) },
      { measure: '  plan + transaction (page, all bundles)', value: ms(report.totalMs) },
      {
        measure: '  plan + transaction per bundle, median / p95',
        value: `${ms(percentile(report.perBundleMs, 50))} / ${ms(percentile(report.perBundleMs, 95))}`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
