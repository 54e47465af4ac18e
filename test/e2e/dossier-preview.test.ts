// The dossier's print preview in Chromium: the sample's documents as A4 sheets, printed to a PDF
// through the browser's print path and read back, with screenshots saved beside the other test
// output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '@shared/dossier/dossier';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { DossierPreview } from '../../renderer/src/features/dossier/DossierPreview';
import { launchChromium } from './browser';
import { pdfPageTexts } from './pdf-text';
import { REPO_ROOT, SCREENSHOT_DIR } from './paths';

const input = sampleDossierInput();
const dossier = buildDossier(input);
const sections = dossier.documents.reduce((n, d) => n + d.sections.length, 0);

describe('dossier print preview in Chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'skd-dossier-preview-'));
    context = await launchChromium(profile);
  });

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the sheets and prints them to an A4 PDF, a page or more per sheet', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const markup = renderToStaticMarkup(
      createElement(DossierPreview, { documents: dossier.documents }),
    );
    await page.setContent(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hồ sơ</title></head><body style="margin:0">${markup}</body></html>`,
    );
    for (const p of input.proposals)
      await page.getByText(p.initiative.title, { exact: true }).first().waitFor();
    expect(await page.locator('section.dossier-sheet').count()).toBe(sections);

    const cover = page.locator('section.dossier-sheet').first();
    const box = (await cover.boundingBox())!;
    // 210 mm at 96 px per inch.
    expect(Math.round(box.width)).toBe(Math.round((210 / 25.4) * 96));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await cover.screenshot({ path: join(SCREENSHOT_DIR, 'dossier-preview-cover.png') });
    await page
      .locator('section.landscape')
      .screenshot({ path: join(SCREENSHOT_DIR, 'dossier-preview-summary-list.png') });

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    writeFileSync(join(REPO_ROOT, 'test-results', 'dossier-preview.pdf'), pdf);

    // The printed text holds the title of each initiative (lines may wrap: compare without spaces),
    // and the page number is printed from page 2, not on page 1.
    const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const pageTexts = pdfPageTexts(pdf);
    const printed = squeeze(pageTexts.join(''));
    for (const p of input.proposals) expect(printed).toContain(squeeze(p.initiative.title));
    expect(pageTexts[0]).toMatch(/^LĐLĐ TỈNH ĐỒNG NAI/);
    expect(pageTexts[1]).toMatch(/^2\D/);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(sections);
    // A4 is 595.3 × 841.9 pt (Chromium rounds to whole pixels); the summary list's pages lie across.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(boxes).toHaveLength(pages.length);
    const landscape = boxes.filter(Boolean).length;
    expect(landscape).toBeGreaterThanOrEqual(1);
    expect(landscape).toBeLessThan(pages.length);
    for (const m of text.matchAll(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)) {
      const [w, h] = [Number(m[1]), Number(m[2])].sort((a, b) => a - b);
      expect(Math.abs(w! - 595.3)).toBeLessThan(1);
      expect(Math.abs(h! - 841.9)).toBeLessThan(1);
    }
  });
});
