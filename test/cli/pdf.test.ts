import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSystemChromium, htmlToPdf } from '../../cli/pdf';
import { documentToHtml } from '@shared/reports/document/to-html';
import { CHROMIUM_ARGS, findChromium } from '../e2e/harness/chromium';
import { GAPS_CHART, longDocument, shortDocument } from '../shared/reports/document/documents';

/*
 * The documents printed to PDF as the CLI prints them (the system's Chromium, headless) and
 * as the app does (Chromium's printToPDF, which Electron's webContents.printToPDF drives; here
 * through the DevTools protocol with the app's options), then read back with pdf.js. The page
 * numbers are the page's CSS margin boxes, which both honour: the app needs no footer template.
 */

interface PdfPages {
  texts: string[];
  /** The fill colours painted on each page (pdf.js gives them as #rrggbb). */
  fills: Set<string>[];
}

async function readPdf(bytes: Uint8Array): Promise<PdfPages> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false })
    .promise;
  const texts: string[] = [];
  const fills: Set<string>[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    const ops = await page.getOperatorList();
    fills.push(
      new Set(ops.fnArray.flatMap((fn, i) => (fn === pdfjs.OPS.setFillRGBColor ? [String(ops.argsArray[i][0])] : []))),
    );
  }
  await document.destroy();
  return { texts, fills };
}

const env = { ...process.env, GAPWISE_CHROMIUM: findChromium() };

function expectNumbered(pages: PdfPages): void {
  const total = pages.texts.length;
  pages.texts.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${total}`));
}

describe('PDF from the CLI, printed by the system Chromium', () => {
  let long: PdfPages;
  beforeAll(async () => {
    long = await readPdf(await htmlToPdf(documentToHtml(longDocument()), env));
  }, 60_000);

  it('spans the pages the long document needs, each numbered "Page N of M"', () => {
    expect(long.texts.length).toBeGreaterThanOrEqual(3);
    expectNumbered(long);
  });

  it('prints the notice, title and meta line on the first page', () => {
    const first = long.texts[0]!;
    expect(first).toContain('This document contains personal data');
    expect(first).toContain('Internal detail <script>alert(1)</script>');
    expect(first).toContain('Made 2026-12-06 04:40 UTC+01:00');
    expect(first).toContain('Northwind [link](javascript:x)');
    expect(first).toMatch(/Assessments as of 2026-01- ?10 to 2026-03-02/);
    expect(first).toContain('Framework: Data team (DS vs DE) 1.2.0');
  });

  it('draws the charts as vector graphics: their labels are text, their bars the series colour', () => {
    const first = long.texts[0]!;
    for (const label of ['Gaps per skill', 'Data pipelines', 'Warehousing', 'required holders', 'Checkout']) {
      expect(first).toContain(label);
    }
    expect(first).toContain('report<U+202E>gnp.exe');
    expect(long.fills[0]!.has('#0072b2')).toBe(true);
  });

  it('starts a new page at the page break', () => {
    expect(long.texts.at(-1)).toMatch(/^Page \d+ of \d+ After the page break This heading starts a page of its own\.$/);
  });

  it('fits the short document on one page', async () => {
    const short = await readPdf(await htmlToPdf(documentToHtml(shortDocument()), env));
    expect(short.texts).toHaveLength(1);
    expect(short.texts[0]).toContain('Page 1 of 1');
    expect(short.texts[0]).toContain(GAPS_CHART.bars[2]!.label.slice(0, 20));
  }, 60_000);

  it('prints no blank page for a break at the end or a second break in a row', async () => {
    const doc = shortDocument();
    doc.blocks.push(
      { kind: 'pageBreak' },
      { kind: 'pageBreak' },
      { kind: 'paragraph', text: 'The second brief.' },
      { kind: 'pageBreak' },
    );
    const pages = await readPdf(await htmlToPdf(documentToHtml(doc), env));
    expect(pages.texts).toEqual([expect.stringContaining('Page 1 of 2'), 'Page 2 of 2 The second brief.']);
  }, 60_000);

  it('prints a chart of 48 bars in two parts, each whole on one page', async () => {
    const doc = shortDocument();
    doc.blocks.splice(2, 0, {
      kind: 'chart',
      chart: {
        ...GAPS_CHART,
        title: 'Many skills',
        bars: Array.from({ length: 48 }, (_, i) => ({ label: `Skill ${i + 1}x`, value: 1 })),
      },
    });
    const pages = await readPdf(await htmlToPdf(documentToHtml(doc), env));
    const pageOf = (label: string) => pages.texts.findIndex((t) => t.includes(` ${label} `));
    const first = Array.from({ length: 30 }, (_, i) => pageOf(`Skill ${i + 1}x`));
    const second = Array.from({ length: 18 }, (_, i) => pageOf(`Skill ${i + 31}x`));
    expect(new Set(first).size).toBe(1);
    expect(new Set(second).size).toBe(1);
    expect(first[0]).toBeGreaterThanOrEqual(0);
    expect(pages.texts[first[0]!]).toContain('Many skills (part 1 of 2)');
    expect(pages.texts[second[0]!]).toContain('Many skills (part 2 of 2)');
    expectNumbered(pages);
  }, 60_000);

  it('runs no script: the page’s CSP stops one even if it were in the markup', async () => {
    const html = documentToHtml(shortDocument()).replace(
      '<body>',
      '<body><script>document.body.innerHTML = "<h1>SCRIPT RAN</h1>";</script>',
    );
    const pages = await readPdf(await htmlToPdf(html, env));
    expect(pages.texts[0]).not.toContain('SCRIPT RAN');
    expect(pages.texts[0]).toContain('Hiring plan summary');
  }, 60_000);

  it('prints only script-free pages', async () => {
    await expect(htmlToPdf('<!doctype html><p>hi</p>', env)).rejects.toThrow('whose CSP allows no script');
  });
});

describe('PDF as the app prints it (Chromium printToPDF, A4, background, no header or footer of its own)', () => {
  it('numbers the pages the same way', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.setContent(documentToHtml(longDocument()));
      // The options electron/main/index.ts gives webContents.printToPDF: A4, backgrounds, nothing else.
      const bytes = await page.pdf({ format: 'A4', printBackground: true });
      const pages = await readPdf(new Uint8Array(bytes));
      expect(pages.texts.length).toBeGreaterThanOrEqual(3);
      expectNumbered(pages);
      expect(pages.texts[0]).toContain('Data pipelines');
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('finding a Chromium for the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gapwise-chromium-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the first of chromium, chromium-browser, google-chrome, google-chrome-stable on the PATH', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    for (const [folder, name] of [
      [a, 'google-chrome-stable'],
      [b, 'chromium-browser'],
    ] as const) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, name), '#!/bin/sh\n');
      chmodSync(join(folder, name), 0o755);
    }
    expect(findSystemChromium({ PATH: `${a}:${b}` })).toBe(join(b, 'chromium-browser'));
    expect(findSystemChromium({ PATH: a })).toBe(join(a, 'google-chrome-stable'));
  });

  it('passes over a file that is not executable', () => {
    const c = mkdtempSync(join(dir, 'c'));
    writeFileSync(join(c, 'chromium'), '');
    chmodSync(join(c, 'chromium'), 0o644);
    expect(() => findSystemChromium({ PATH: c })).toThrow('none was found');
  });

  it('says in one line what to install and what else to do when there is none', () => {
    let message = '';
    try {
      findSystemChromium({ PATH: dir });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message).toContain('chromium, chromium-browser, google-chrome, google-chrome-stable');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('--format md');
    expect(message).toContain('Gapwise app');
  });

  it('uses GAPWISE_CHROMIUM, and says when it names nothing runnable', () => {
    expect(findSystemChromium({ PATH: '', GAPWISE_CHROMIUM: findChromium() })).toBe(findChromium());
    expect(() => findSystemChromium({ PATH: '', GAPWISE_CHROMIUM: join(dir, 'nope') })).toThrow(
      `GAPWISE_CHROMIUM is ${join(dir, 'nope')}, which is not an executable file`,
    );
  });
});
