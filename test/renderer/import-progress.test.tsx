import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '@shared/ipc';
import type { RawCell } from '@shared/interchange/types';
import { ImportDialog } from '@renderer/screens/team/import/ImportDialog';
import { ReadProgress } from '@renderer/screens/team/import/ReadProgress';
import { createWorkspaceStore } from '@renderer/state/workspace';
import { xlsxBytes } from '../support/xlsx-bytes';
import { mainInMemory } from './main-in-memory';
import { inWorkspace, render, settle, type Rendered } from './render';

const views: Rendered[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.unmount();
});

/** A team of `size` people: enough rows for readXlsx to report progress several times. */
async function teamWorkbook(size: number): Promise<Uint8Array> {
  const rows: RawCell[][] = [['Name', 'Role', 'Product team', 'Spark']];
  for (let i = 1; i <= size; i++) rows.push([`Person ${i}`, 'Data engineer', 'Checkout', i % 5]);
  return xlsxBytes([{ name: 'Team', rows }]);
}

/** The progress events the page got while the dialog read `bytes`, as the workspace holds them. */
async function progressWhileReading(bytes: Uint8Array): Promise<ImportProgress[]> {
  const main = await mainInMemory({ files: { '/home/team.xlsx': bytes }, opens: ['/home/team.xlsx'] });
  const workspace = createWorkspaceStore(main.api);
  await workspace.getState().load();
  const seen: ImportProgress[] = [];
  workspace.subscribe((state) => {
    if (state.importProgress && state.importProgress !== seen.at(-1)) seen.push(state.importProgress);
  });
  views.push(await render(inWorkspace(workspace, <ImportDialog onClose={() => undefined} confirm={() => true} />)));
  await settle();
  return seen;
}

async function barOf(progress: ImportProgress | null): Promise<HTMLProgressElement> {
  const view = await render(<ReadProgress progress={progress} />);
  views.push(view);
  return view.container.querySelector<HTMLProgressElement>('[role="status"] progress')!;
}

describe('the import dialog: reading progress', () => {
  it('is a determinate bar from before the first event', async () => {
    const bar = await barOf(null);
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('value')).toBe('0');
  });

  it("moves with the read, from the file's first bytes to the last row", async () => {
    const events = await progressWhileReading(await teamWorkbook(3_500));
    const fractions = events.map((event) => event.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    // Never backwards, and through the stages rather than in one jump.
    fractions.slice(1).forEach((fraction, i) => expect(fraction).toBeGreaterThanOrEqual(fractions[i]!));
    expect(new Set(events.map((event) => event.stage))).toEqual(new Set(['reading', 'parsing', 'converting']));
    expect(events.at(-1)).toMatchObject({ stage: 'converting', done: 3_501, total: 3_501 });

    const shown: number[] = [];
    for (const event of events) shown.push(Number((await barOf(event)).getAttribute('aria-valuenow')));
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(100);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(5);
  });

  it('shows the rows converted once converting', async () => {
    const bar = await barOf({ stage: 'converting', done: 2_000, total: 4_000, fraction: 0.9 });
    expect(bar.getAttribute('aria-valuenow')).toBe('90');
    expect(bar.closest('[role="status"]')!.textContent).toContain('2,000 of 4,000 rows');
  });
});
