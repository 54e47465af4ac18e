// Where the time to the first list paint and the whole-register load goes, on a register seeded once
// into a kept profile so each look costs seconds, not a bench run:
//   npx electron-vite build && PROBE_PROFILE=/tmp/p250 BENCH_RECORDS=250000 npx tsx test/bench/paint-probe.ts
// Prints the first paint, the full load, the IPC calls on the way, and the functions with the most
// CPU time before the paint (Chrome DevTools Protocol's sampling profiler).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { installDeskBridge, type MainInvoke } from '../e2e/desk-bridge';
import { clearStoreInPage } from '../e2e/idb-in-page';
import { withTodaysBackup } from './backup-made';
import { createMainSide } from '../e2e/main-side';
import { assertRendererBuilt, RENDERER_OUT } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server';
import { BENCH_OUT, BENCH_PREFIX, buildBenchPage } from './build-page';
import { heapInUse, MB } from './heap';
import { installListPaintProbe, waitForListPaint } from './list-paint';
import { log } from './standalone';

const TOTAL = Number(process.env.BENCH_RECORDS ?? 100_000);
const PROFILE = process.env.PROBE_PROFILE ?? join(tmpdir(), `skd-probe-${TOTAL}`);
// The origin, and so the seeded database, includes the port: keep it fixed.
const PORT = Number(process.env.PROBE_PORT ?? 47_611);
const LOOKS = Number(process.env.PROBE_LOOKS ?? 3);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** What the Chrome DevTools Protocol's `Profiler.stop` returns, as far as read here. */
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const topFunctions = (profile: CpuProfile): string[] => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.split('/').at(-1) ?? '';
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${k}`);
};

/**
 * The profile's busy stretches over 100 ms (samples with no idle between them), each with its
 * functions of most self time: which work makes each long task.
 */
const busyStretches = (profile: CpuProfile): string[] => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  let at = 0;
  let start = 0;
  let self = new Map<string, number>();
  const close = (end: number) => {
    if (end - start > 100_000) {
      const top = [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`);
      out.push(
        `at ${(start / 1e6).toFixed(2)} s, ${((end - start) / 1000).toFixed(0)} ms: ${top.join('; ')}`,
      );
    }
    self = new Map();
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') {
      close(at - dt);
      start = at;
      return;
    }
    const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  close(at);
  return out;
};

async function look(page: Page, origin: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // PROBE_NO_CPU: no CPU profile, so the times and long tasks are the app's own (sampling every
  // 0,5 ms makes the page's tasks longer).
  const profiling = process.env.PROBE_NO_CPU === undefined;
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${origin}/#/initiatives`);
  const paint = await waitForListPaint(page, 60_000);
  const whole = profiling && process.env.PROBE_WHOLE !== undefined;
  log(`first list paint ${paint?.toFixed(0)} ms`);
  if (profiling && !whole) {
    const { profile } = await cdp.send('Profiler.stop');
    for (const line of topFunctions(profile as never)) console.error(`   ${line}`);
  }
  const t0 = Date.now();
  await page.waitForFunction(() => !/đang tải/i.test(document.body.innerText), null, {
    timeout: 10 * 60_000,
    polling: 100,
  });
  if (whole) {
    const { profile } = await cdp.send('Profiler.stop');
    for (const line of topFunctions(profile as never)) console.error(`   ${line}`);
    for (const line of busyStretches(profile as never)) console.error(`   busy ${line}`);
  }
  log(
    `whole register about ${((Date.now() - t0) / 1000 + (paint ?? 0) / 1000).toFixed(1)} s after navigation`,
  );
  log(`heap ${((await heapInUse(page)) / MB).toFixed(0)} MB`);
  const tasks = await page.evaluate(
    () => (window as unknown as { probeTasks?: [number, number][] }).probeTasks,
  );
  if (!tasks) {
    await cdp.detach();
    return;
  }
  const over100 = tasks.filter(([, d]) => d > 100);
  log(
    `long tasks: ${tasks.length} over 50 ms, ${over100.length} over 100 ms, longest ` +
      `${Math.max(0, ...tasks.map(([, d]) => d)).toFixed(0)} ms; over 100 ms at ` +
      over100.map(([t, d]) => `${(t / 1000).toFixed(1)} s (${d.toFixed(0)})`).join(', '),
  );
  await cdp.detach();
}

async function main(): Promise<void> {
  assertRendererBuilt();
  await buildBenchPage();
  const server = await startStaticServer(
    [
      { prefix: '/', dir: RENDERER_OUT },
      { prefix: BENCH_PREFIX, dir: BENCH_OUT },
    ],
    PORT,
  );
  const seeded = existsSync(join(PROFILE, 'seeded'));
  mkdirSync(PROFILE, { recursive: true });
  const filesDir = join(PROFILE, 'files');
  mkdirSync(filesDir, { recursive: true });
  const context = await launchChromium(join(PROFILE, 'chromium'));
  try {
    const mainSide = createMainSide(filesDir, server.origin);
    const calls: string[] = [];
    const mainInvoke: MainInvoke = (s, c, p) => mainSide.invoke(s, c, p);
    const todays = withTodaysBackup(mainInvoke, filesDir);
    const t0 = Date.now();
    await installDeskBridge(context, {
      invoke: async (s, c, p) => {
        const a = Date.now();
        // Unless PROBE_BACKUP: today's backup is made, so the looks measure the register alone.
        const r = await (process.env.PROBE_BACKUP ? mainInvoke : todays)(s, c, p);
        calls.push(`${String(c)} at ${a - t0} ms took ${Date.now() - a} ms`);
        return r;
      },
    });
    await installListPaintProbe(context, BENCH_PREFIX);
    // Every main-thread task over 50 ms of the app's page, with when it began: what blocks input.
    // PROBE_NO_TASKS: without this observer, which itself slows the page (first paint at 5,000
    // rows 0,8 s without it, 1,3 s with it; 08/12), so the times are the app's own.
    const observeTasks = process.env.PROBE_NO_TASKS === undefined;
    if (observeTasks)
      await context.addInitScript(() => {
        const tasks: [number, number][] = [];
        (window as unknown as { probeTasks: typeof tasks }).probeTasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: true });
      });
    // PROBE_TRACE_IDB: the first IndexedDB requests of each page, when made and when answered.
    if (process.env.PROBE_TRACE_IDB)
      await context.addInitScript(() => {
        if (location.pathname.startsWith('/bench')) return;
        let n = 0;
        const at = () => performance.now().toFixed(0);
        const wrap = (proto: object, name: string) => {
          const p = proto as Record<string, (...a: unknown[]) => IDBRequest>;
          const orig = p[name]!;
          p[name] = function (this: { name?: string }, ...a: unknown[]) {
            const req = orig.apply(this, a);
            const k = ++n;
            if (k <= 40) {
              const made = at();
              req.addEventListener('success', () =>
                console.log(`[idb] #${k} ${name} ${this.name ?? ''} made ${made} done ${at()}`),
              );
            }
            return req;
          };
        };
        for (const name of ['get', 'getAll', 'openCursor', 'count', 'getAllKeys'])
          for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) wrap(proto, name);
        wrap(IDBFactory.prototype, 'open');
        document.addEventListener('DOMContentLoaded', () =>
          console.log(`[idb] DOMContentLoaded ${at()}`),
        );
      });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => log(`console: ${m.text().slice(0, 200)}`));
    if (process.env.PROBE_TRACE_IDB)
      page.on('requestfinished', (r) => {
        const t = r.timing();
        log(
          `fetch ${r.url().split('/').at(-1)} start ${t.startTime.toFixed(0)} end +${t.responseEnd.toFixed(0)}`,
        );
      });
    if (!seeded) {
      await page.goto(`${server.origin}${BENCH_PREFIX}`);
      await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 30_000 });
      await page.evaluate(async (total) => {
        const b = (
          window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }
        ).bench;
        const info = await b['setup']!();
        await b['seedApp']!(info, total, 5_000);
      }, TOTAL);
      writeFileSync(join(PROFILE, 'seeded'), String(TOTAL));
      log('seeded');
    }
    // PROBE_DROP_SNAPSHOT: the register's snapshot is dropped, so the first look reads the rows
    // table and writes it afresh (after a change to how it is written).
    if (process.env.PROBE_DROP_SNAPSHOT) {
      await page.goto(`${server.origin}${BENCH_PREFIX}`);
      await clearStoreInPage(page, 'rowSnapshots');
    }
    for (let n = 0; n < LOOKS; n++) {
      calls.length = 0;
      await look(page, server.origin);
      log(`IPC: ${calls.join('; ')}`);
      // The register's snapshot is written a few seconds after a full load (D58): let it finish.
      await page.waitForTimeout(Number(process.env.PROBE_SETTLE_MS ?? 20_000));
      await page.goto('about:blank');
    }
    if (process.env.PROBE_BACKUP) {
      calls.length = 0;
      await page.goto(`${server.origin}/#/initiatives`);
      const a = Date.now();
      while (!calls.some((c) => c.startsWith('backup:write:end')) && Date.now() - a < 15 * 60_000)
        await new Promise((r) => setTimeout(r, 1000));
      // The export crosses in pieces (D59): count them rather than list each.
      const pieces = calls.filter((c) => c.startsWith('backup:write:chunk'));
      const others = calls.filter((c) => !c.startsWith('backup:write:chunk'));
      log(
        `backup after ${((Date.now() - a) / 1000).toFixed(0)} s: ${others.join('; ')}; ` +
          `${pieces.length} pieces, first ${pieces[0] ?? '-'}, last ${pieces.at(-1) ?? '-'}`,
      );
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
