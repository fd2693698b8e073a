import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { analyzeTeam } from '../shared/analysis';
import { ROOT, RENDERER_DIR } from '../test/e2e/harness/app';
import { freshDataDir, goTo } from '../test/e2e/harness/probes';
import { e2eSuite } from '../test/e2e/harness/suite';
import { round } from './measure';
import { syntheticFramework, syntheticOrganisation } from './synthetic';

/*
 * The renderer half of `npm run bench`, in Chromium through the end-to-end harness: the
 * dashboard opened on 1,000 and 10,000 members, one level changed and every chart redrawn,
 * the team list scrolled end to end, the JS heap, and the size of the renderer bundle.
 * Results are added to bench/results.json under "renderer".
 */

const { withApp } = e2eSuite();
const results: Record<string, number> = {};

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

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

for (const size of [1_000, 10_000]) {
  it(`dashboard, update, scroll and heap at ${size.toLocaleString('en')} members`, async () => {
    const dataDir = await freshDataDir();
    const data = syntheticOrganisation(size, syntheticFramework(60));
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'gapwise-data.json'), JSON.stringify(data));
    await withApp(
      async (app) => {
        const { page } = app;
        // Navigation started at time 0 of the page's clock: the time to the charts is what the user waits.
        // The gap chart is drawn only when a skill is short of the policy; otherwise its card says so.
        const charts = analyzeTeam(data).summary.skillsWithGaps > 0 ? 4 : 3;
        const painted = await chartsPainted(page, charts);
        const dataReady = await page.evaluate(
          () => performance.getEntriesByName('gapwise:data-ready')[0]?.startTime ?? 0,
        );
        results[`dashboardOpen${size}`] = round(painted);
        // The harness stands in for Electron's IPC (the whole data is fetched from its local
        // server and parsed as JSON): the part after the data arrived is the renderer's own.
        results[`dataArrived${size}`] = round(dataReady);
        results[`chartsAfterData${size}`] = round(painted - dataReady);

        // One level changed, as main sends it: a change of one member to the data the page
        // holds. Timed from its arrival in the page until React and every chart have redrawn.
        const updates: number[] = [];
        for (let i = 0; i < 7; i += 1) {
          const current = app.store.data();
          const members = current.members.slice();
          const member = members[i]!;
          members[i] = {
            ...member,
            levels: { ...member.levels, 'data-pipelines': ((member.levels['data-pipelines'] ?? 0) + 1) % 5 },
          };
          const message = app.eventPayload('data:changed', { ...current, members });
          updates.push(
            await page.evaluate(
              (payload) =>
                new Promise<number>((resolve) => {
                  const emit = (window as unknown as { __gapwiseEmit: (e: string, p: unknown) => void }).__gapwiseEmit;
                  const start = performance.now();
                  emit('data:changed', payload);
                  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
                }),
              message,
            ),
          );
        }
        updates.sort((a, b) => a - b);
        results[`update${size}`] = round(updates[3]!);

        // The same change made for real: saved through main (validated, written and fsynced)
        // and answered, until the charts have redrawn — what the user waits for after Save.
        const saves: number[] = [];
        for (let i = 0; i < 5; i += 1) {
          const member = app.store.data().members[10 + i]!;
          const edited = {
            ...member,
            levels: { ...member.levels, 'data-pipelines': ((member.levels['data-pipelines'] ?? 0) + 1) % 5 },
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
        saves.sort((a, b) => a - b);
        results[`savedUpdate${size}`] = round(saves[2]!);
        results[`heapMb${size}`] = round(await heapMb(page), 1);

        // The team list, scrolled from top to bottom: rows in the DOM at any moment.
        await goTo(page, 'Team');
        results[`maxListRows${size}`] = await page.evaluate(async () => {
          const list = document.querySelector<HTMLElement>('.member-list')!;
          let most = 0;
          for (let top = 0; top <= list.scrollHeight; top += list.clientHeight) {
            list.scrollTop = top;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            most = Math.max(most, list.querySelectorAll('[role="listitem"]').length);
          }
          return most;
        });
        expect(results[`maxListRows${size}`]).toBeGreaterThan(0);
      },
      { dataDir, viewport: { width: 1440, height: 900 } },
    );
  }, 300_000);
}

it('renderer bundle size, and results written', async () => {
  const assets = join(RENDERER_DIR, 'assets');
  let gzipped = 0;
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js')) gzipped += gzipSync(await readFile(join(assets, name))).length;
  }
  results['bundleGzipKb'] = round(gzipped / 1024, 1);
  const file = join(ROOT, 'bench', 'results.json');
  const existing = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
  await writeFile(file, `${JSON.stringify({ ...existing, renderer: results }, null, 2)}\n`);
  console.log('\nRenderer (Chromium):');
  console.log('| figure | 1,000 | 10,000 | target at 10,000 |');
  console.log('|---|---:|---:|---|');
  console.log(
    `| Dashboard open to charts painted (ms) | ${results['dashboardOpen1000']} | ${results['dashboardOpen10000']} | ≤ 1500 |`,
  );
  console.log(
    `| … of which the data's arrival through the harness (ms) | ${results['dataArrived1000']} | ${results['dataArrived10000']} | |`,
  );
  console.log(
    `| … of which data arrived → charts painted (ms) | ${results['chartsAfterData1000']} | ${results['chartsAfterData10000']} | |`,
  );
  console.log(
    `| One level changed → charts redrawn (ms) | ${results['update1000']} | ${results['update10000']} | ≤ 50 at 1,000, ≤ 150 |`,
  );
  console.log(
    `| … saved through main (durable write) → charts redrawn (ms) | ${results['savedUpdate1000']} | ${results['savedUpdate10000']} | |`,
  );
  console.log(
    `| Team list rows in the DOM while scrolling | ${results['maxListRows1000']} | ${results['maxListRows10000']} | < 100 |`,
  );
  console.log(`| JS heap after load (MB) | ${results['heapMb1000']} | ${results['heapMb10000']} | ≤ 100 |`);
  console.log(`| Renderer JS, gzipped (KB) | ${results['bundleGzipKb']} | | ≤ 350 |`);
  expect(results['bundleGzipKb']).toBeGreaterThan(0);
});
