import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** A fresh folder for one run of the app; the data folder is `<it>/data`. */
export async function freshDataDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'gapwise-e2e-')), 'data');
}

/** Clicks a screen in the navigation bar and waits for its heading. */
export async function goTo(
  page: Page,
  screen: 'Dashboard' | 'Team' | 'Hiring plan' | 'Rounds' | 'Frameworks' | 'Settings',
) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: screen }).click();
  await page
    .locator('main#main')
    .and(page.getByRole('main', { name: screen }))
    .waitFor();
}

/** The value shown on a dashboard tile. */
export async function tileValue(page: Page, tile: 'members' | 'gaps' | 'spof' | 'carried' | 'hires'): Promise<string> {
  return (await page.locator(`[data-tile="${tile}"] .tile__value`).textContent())?.trim() ?? '';
}

export interface CanvasInk {
  /** The title of the chart card the canvas is in. */
  chart: string;
  label: string;
  width: number;
  height: number;
  /** Pixels with any opacity. */
  inked: number;
  /** Distinct colours among the inked pixels (capped at 64). */
  colours: number;
}

/**
 * What each chart canvas on the page has actually painted: a chart that fails to draw (or
 * draws nothing but its background) has no inked pixels or a single colour.
 */
export async function canvasInk(page: Page): Promise<CanvasInk[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('canvas')).map((canvas) => {
      const context = canvas.getContext('2d');
      const { width, height } = canvas;
      const label = canvas.getAttribute('aria-label') ?? '(no label)';
      const chart = canvas.closest('.chart-card')?.querySelector('.chart-card__title')?.textContent ?? '(no card)';
      if (!context || width === 0 || height === 0) return { chart, label, width, height, inked: 0, colours: 0 };
      const pixels = context.getImageData(0, 0, width, height).data;
      let inked = 0;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3]! === 0) continue;
        inked += 1;
        if (colours.size < 64) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      }
      return { chart, label, width, height, inked, colours: colours.size };
    }),
  );
}

/** A fingerprint of the pixels of the chart with this card title, to see that it was redrawn with other data. */
export async function chartFingerprint(page: Page, chart: string): Promise<string> {
  return page
    .getByRole('region', { name: chart, exact: true })
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
}

/** Waits until chart.js has finished its entry animation: two reads 150 ms apart agree. */
export async function chartsSettled(page: Page): Promise<CanvasInk[]> {
  let previous = JSON.stringify(await canvasInk(page));
  for (let i = 0; i < 40; i += 1) {
    await page.waitForTimeout(150);
    const now = await canvasInk(page);
    const text = JSON.stringify(now);
    if (text === previous) return now;
    previous = text;
  }
  return JSON.parse(previous) as CanvasInk[];
}

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA, best practices). */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

export { pdfText } from '../../support/pdf-text';
