import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstRunData } from '@main/startup';
import type { RecoveryNotice } from '@shared/ipc';
import { useMainProcess } from './scenario';
import { entries, sentToPage, seqOf } from './world';

/**
 * The built main process starting on a data folder that is not as it should be: a corrupt
 * data file, and a folder it may not write to.
 */

const DATA_FILE = 'gapwise-data.json';
/** Cut off mid-member, with bytes that are not UTF-8: only a byte-exact copy keeps them. */
const CORRUPT = Buffer.concat([
  Buffer.from('{"kind":"gapwise-data","schemaVersion":1,"members":[{"id":"'),
  Buffer.from([0xff, 0xfe, 0x00]),
]);
/** A stack trace in a log line: the user is told in words, and nothing is thrown at them. */
const STACK_FRAME = /\n\s+at /;

describe('the built main process starting on a damaged data folder', () => {
  const start = useMainProcess();

  it('a corrupt data file is set aside byte for byte, and the page is told', async () => {
    const main = await start({ prepare: (dir) => writeFileSync(join(dir, DATA_FILE), CORRUPT) });
    await main.ready();
    const world = await main.world();
    expect(entries(world, 'page loaded')).toEqual([expect.objectContaining({ status: 200 })]);
    const [notice, ...more] = sentToPage(world);
    expect(more).toEqual([]);
    expect(notice?.channel).toBe('store:recovered');
    const recovery = notice?.payload as RecoveryNotice;
    expect(recovery).toEqual({
      reason: 'the file is not valid UTF-8 text',
      quarantinedTo: expect.stringMatching(new RegExp(`^${main.dataDir}/${DATA_FILE}\\.corrupt-`)),
      restoredFrom: null,
    });
    // Sent once the page is there to receive it.
    expect(seqOf(world, 'webContents.send')).toBeGreaterThan(seqOf(world, 'page loaded'));
    expect(readFileSync(recovery.quarantinedTo)).toEqual(CORRUPT);
    expect(JSON.parse(readFileSync(join(main.dataDir, DATA_FILE), 'utf8'))).toEqual(firstRunData());
    // A page that loads later (a reload) learns of it from data:load.
    expect(await main.invoke('data:load', {})).toMatchObject({ ok: true, value: { recovery } });
    expect(entries(world, 'dialog.showErrorBox')).toEqual([]);
  });

  it('a read-only empty data folder: an error box names the folder and the cause, then a clean exit', async () => {
    const main = await start({ readOnly: true });
    await main.ready();
    const world = await main.world();
    expect(['EROFS', 'EACCES']).toContain(world.readOnlyProbe);
    expect(entries(world, 'dialog.showErrorBox')).toEqual([
      expect.objectContaining({
        title: 'Gapwise could not start',
        content: expect.stringMatching(
          new RegExp(
            `^Gapwise keeps its data in ${escapeRegExp(main.dataDir)}, but cannot use that folder: .+ \\(${world.readOnlyProbe}\\)`,
          ),
        ),
      }),
    ]);
    expect(world.exitCode).toBe(1);
    expect(seqOf(world, 'app.exit')).toBeGreaterThan(seqOf(world, 'dialog.showErrorBox'));
    expect(entries(world, 'new BrowserWindow')).toEqual([]);
    expect(world.ipcChannels).toEqual([]);
    expect(world.logs.filter((log) => STACK_FRAME.test(log.text))).toEqual([]);
    expect(readdirSync(main.dataDir)).toEqual([]);
  });

  it('a read-only folder holding data: the data is shown, a change is refused naming the cause, quitting still works', async () => {
    const stored = JSON.stringify(firstRunData());
    const main = await start({ readOnly: true, prepare: (dir) => writeFileSync(join(dir, DATA_FILE), stored) });
    await main.ready();
    expect(['EROFS', 'EACCES']).toContain((await main.world()).readOnlyProbe);
    expect(await main.invoke('data:load', {})).toMatchObject({ ok: true, value: { data: { data: firstRunData() } } });

    const organisation = { ...firstRunData().organisation, name: 'Never saved' };
    const refused = await main.invoke('organisation:save', { organisation });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/^the change could not be saved: .*(EROFS|EACCES)/) },
    });

    await main.batch([{ op: 'window', args: { action: 'close' } }]);
    const world = await main.world();
    expect(world.quit).toBe(true);
    expect(world.quitFiles).toEqual({ [DATA_FILE]: stored, 'window-state.json': null });
    expect(entries(world, 'dialog.showErrorBox')).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
