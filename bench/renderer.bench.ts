import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { analyzeTeam } from '../shared/analysis';
import { ROOT, RENDERER_DIR, type RunningApp } from '../test/e2e/harness/app';
import { ANSWER_MARK, INVOKE_MARK } from '../test/e2e/harness/bridge-script';
import { freshDataDir, goTo } from '../test/e2e/harness/probes';
import { e2eSuite } from '../test/e2e/harness/suite';
import { figureOf, type Figure } from './figure';
import { round, timingOf } from './measure';
import { syntheticFramework, syntheticOrganisation } from './synthetic';

/*
 * The renderer half of `npm run bench`, in Chromium through the end-to-end harness: the
 * dashboard opened on 1,000 and 10,000 members (the page reloaded several times), one level
 * changed and every chart redrawn, the team list scrolled end to end, the JS heap, and the
 * size of the renderer bundle. Every figure is min / median / max over its runs; they are
 * added to bench/results.json under "renderer".
 *
 * The harness stands in for Electron's IPC: main's answer crosses as JSON text, a large one
 * fetched from the harness's local server, and is parsed in the page. That part is not the
 * app's, so the transport marks both ends of each request (INVOKE_MARK, ANSWER_MARK) and the
 * dashboard's open is reported whole, as the harness's part, and as the app's part (the rest).
 */

const { withApp } = e2eSuite();
const figures: Figure[] = [];

/** Page loads timed per size (the first, a warm-up with cold caches, is not counted). */
const OPENS = 5;
const REDRAWS = 7;
const SAVES = 5;

const DATA_LOAD = 'data:load';

/** Resolves when every chart canvas on the page has painted; the time since navigation (ms). */
function chartsPainted(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const canvases = Array.from(document.querySelectorAll('canvas'));
          const inked = canvases.filter((canvas) => {
            const context = canvas.getContext('2d');
            if (!context || canvas.width === 0) return false;
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < pixels.length; i += 64) if (pixels[i] !== 0) return true;
            return false;
          });
          if (inked.length >= expected) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    count,
  );
}

/** When (ms since navigation) the page asked main for its data and when the answer was parsed. */
function dataLoadMarks(page: Page): Promise<{ requested: number; answered: number }> {
  return page.evaluate(
    ([invoke, answered]) => {
      const at = (name: string) => {
        const entry = performance.getEntriesByName(name)[0];
        if (!entry) throw new Error(`no performance mark ${name}`);
        return entry.startTime;
      };
      return { requested: at(invoke), answered: at(answered) };
    },
    [`${INVOKE_MARK}${DATA_LOAD}`, `${ANSWER_MARK}${DATA_LOAD}`] as const,
  );
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/** The dashboard opened `OPENS` times by reloading the page: total, harness's part, app's part. */
async function measureOpen(app: RunningApp, size: number, charts: number): Promise<void> {
  const { page } = app;
  // The first load (made by the harness) warms the caches: the HTTP cache, compiled code.
  await chartsPainted(page, charts);
  const totals: number[] = [];
  const harness: number[] = [];
  const own: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < OPENS; i += 1) {
    await page.reload({ waitUntil: 'commit' });
    // Navigation started at time 0 of the page's clock: the time to the charts is what the user waits.
    const painted = await chartsPainted(page, charts);
    const { requested, answered } = await dataLoadMarks(page);
    totals.push(painted);
    harness.push(answered - requested);
    own.push(painted - (answered - requested));
    heaps.push(await heapMb(page));
  }
  figures.push(
    figureOf({
      id: 'dashboard-open',
      label: 'Dashboard open, whole: navigation → every chart painted (ms)',
      size,
      ms: timingOf(totals),
    }),
    figureOf({
      id: 'data-arrival-harness',
      label:
        "… the harness's part: data:load sent → its answer parsed in the page (main's answer as JSON over the harness's binding and local server, the stand-in for Electron's IPC) (ms)",
      size,
      ms: timingOf(harness),
    }),
    figureOf({
      id: 'dashboard-open-app',
      label:
        "… the app's part: the whole less the harness's part of the same load (navigation → data:load sent, and answer parsed → charts painted) (ms)",
      size,
      ms: timingOf(own),
      target: { maxMs: 1500 },
    }),
    figureOf({ id: 'heap', label: 'JS heap after load, after a full collection (MB)', size, ms: timingOf(heaps) }),
  );
}

type Emit = (event: string, payload: unknown) => void;

/** One level changed, as main sends it, `REDRAWS` times: from its arrival until the charts redrew. */
async function measureRedraw(app: RunningApp, size: number): Promise<void> {
  const { page } = app;
  const times: number[] = [];
  for (let i = 0; i < REDRAWS; i += 1) {
    const current = app.store.data();
    const members = current.members.slice();
    const member = members[i]!;
    members[i] = {
      ...member,
      levels: { ...member.levels, 'data-pipelines': ((member.levels['data-pipelines'] ?? 0) + 1) % 5 },
    };
    const message = app.eventPayload('data:changed', { ...current, members });
    times.push(
      await page.evaluate(
        (payload) =>
          new Promise<number>((resolve) => {
            const emit = (window as unknown as { __gapwiseEmit: Emit }).__gapwiseEmit;
            const start = performance.now();
            emit('data:changed', payload);
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          }),
        message,
      ),
    );
  }
  figures.push(
    figureOf({
      id: 'redraw',
      label: 'One level changed (a change message from main) → every chart redrawn (ms)',
      size,
      ms: timingOf(times),
      target: { maxMs: size === 1_000 ? 50 : 150 },
      targetSize: size === 1_000 ? 1_000 : 10_000,
    }),
  );

  // The same change made for real: saved through main (validated, written and fsynced)
  // and answered, until the charts have redrawn — what the user waits for after Save.
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    const saved = app.store.data().members[10 + i]!;
    const edited = {
      ...saved,
      levels: { ...saved.levels, 'data-pipelines': ((saved.levels['data-pipelines'] ?? 0) + 1) % 5 },
    };
    saves.push(
      await page.evaluate(
        (m) =>
          new Promise<number>((resolve, reject) => {
            const api = (window as unknown as { gapwise: { saveMember(r: unknown): Promise<{ ok: boolean }> } })
              .gapwise;
            const start = performance.now();
            void api.saveMember({ member: m }).then((result) => {
              if (!result.ok) reject(new Error('the save was refused'));
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
            });
          }),
        edited,
      ),
    );
  }
  figures.push(
    figureOf({
      id: 'saved-redraw',
      label: '… saved through main (validated, durable write) → every chart redrawn (ms)',
      size,
      ms: timingOf(saves),
    }),
  );
}

for (const size of [1_000, 10_000]) {
  it(`dashboard, update, scroll and heap at ${size.toLocaleString('en')} members`, async () => {
    const dataDir = await freshDataDir();
    const data = syntheticOrganisation(size, syntheticFramework(60));
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'gapwise-data.json'), JSON.stringify(data));
    await withApp(
      async (app) => {
        // The gap chart is drawn only when a skill is short of the policy; otherwise its card says so.
        const charts = analyzeTeam(data).summary.skillsWithGaps > 0 ? 4 : 3;
        await measureOpen(app, size, charts);
        await measureRedraw(app, size);

        // The team list, scrolled from top to bottom: rows in the DOM at any moment.
        await goTo(app.page, 'Team');
        const rows = await app.page.evaluate(async () => {
          const list = document.querySelector<HTMLElement>('.member-list')!;
          let most = 0;
          for (let top = 0; top <= list.scrollHeight; top += list.clientHeight) {
            list.scrollTop = top;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            most = Math.max(most, list.querySelectorAll('[role="listitem"]').length);
          }
          return most;
        });
        expect(rows).toBeGreaterThan(0);
        figures.push(
          figureOf({
            id: 'list-rows',
            label: 'Team list rows in the DOM while scrolling end to end (most at once; a count, not ms)',
            size,
            ms: timingOf([rows]),
          }),
        );
      },
      { dataDir, viewport: { width: 1440, height: 900 } },
    );
  }, 600_000);
}

/**
 * The renderer figures as a Markdown table, min / median / max per size. The cells are the
 * bench's own labels and numbers (no data), so they are written as they are.
 */
function rendererTable(all: readonly Figure[]): string[] {
  const sizes = [...new Set(all.map((f) => f.size))].filter((s) => s > 0).sort((a, b) => a - b);
  const ids = [...new Set(all.map((f) => f.id))];
  const cell = (f: Figure | undefined) =>
    f ? `${f.ms.min} / ${f.ms.median} / ${f.ms.max}${f.unstable ? ' (unstable)' : ''}` : '';
  // Each figure's target where it applies, and whether it was met (nothing said: unstable).
  const judged = (row: readonly Figure[]) =>
    row
      .filter((f) => f.size === f.targetSize && f.target.maxMs !== undefined)
      .map(
        (f) =>
          `≤ ${f.target.maxMs} ms at ${f.size.toLocaleString('en')}${f.met === null ? '' : f.met ? ': yes' : ': no'}`,
      )
      .join('; ');
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(['figure', ...sizes.map((s) => `${s.toLocaleString('en')}: min / median / max`), 'target']),
    line(['---', ...sizes.map(() => '---:'), '---']),
    ...ids.map((id) => {
      const row = all.filter((f) => f.id === id);
      const whole = row.find((f) => f.size === 0);
      // A figure of the whole app (the bundle) stands in the first size's column.
      return line([
        row[0]!.label,
        ...sizes.map((s, i) => cell(row.find((f) => f.size === s) ?? (i === 0 ? whole : undefined))),
        judged(row),
      ]);
    }),
  ];
}

it('renderer bundle size, and results written', async () => {
  const assets = join(RENDERER_DIR, 'assets');
  let gzipped = 0;
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js')) gzipped += gzipSync(await readFile(join(assets, name))).length;
  }
  expect(gzipped).toBeGreaterThan(0);
  figures.push(
    figureOf({
      id: 'bundle',
      label: 'Renderer JS, gzipped (KB; the same at every size, listed as size 0)',
      size: 0,
      ms: timingOf([round(gzipped / 1024, 1)]),
    }),
  );
  const file = join(ROOT, 'bench', 'results.json');
  const existing = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  await writeFile(file, `${JSON.stringify({ ...existing, renderer: figures }, null, 2)}\n`);
  console.log('\nRenderer (Chromium, through the end-to-end harness):');
  console.log(rendererTable(figures).join('\n'));
});
