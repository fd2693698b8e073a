import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, resolveDataDir } from '@main/data-dir';
import { firstRunData, startupFailureMessage } from '@main/startup';
import { StoreRefusedError } from '@main/store';
import { AppData } from '@shared/data';

describe('the data folder', () => {
  it("is the app's user-data folder unless GAPWISE_DATA_DIR moves it", () => {
    expect(resolveDataDir({}, '/home/ana/.config/Gapwise', '/cwd')).toBe('/home/ana/.config/Gapwise');
    expect(resolveDataDir({ [DATA_DIR_ENV]: '  ' }, '/u', '/cwd')).toBe('/u');
    expect(resolveDataDir({ [DATA_DIR_ENV]: '/media/usb/gapwise' }, '/u', '/cwd')).toBe('/media/usb/gapwise');
    expect(resolveDataDir({ [DATA_DIR_ENV]: 'portable-data' }, '/u', '/media/usb')).toBe('/media/usb/portable-data');
  });
});

describe('start-up', () => {
  it('first run is the sample team on the built-in framework, marked as sample, and valid', () => {
    const data = AppData.parse(firstRunData());
    expect(data.sample).toBe(true);
    expect(data.members.length).toBeGreaterThan(0);
    expect(data.framework.id).toBe('ds-vs-de');
  });

  it('explains a refusal to open a newer version’s file, and other failures, without a stack', () => {
    const refused = startupFailureMessage(
      new StoreRefusedError('/data/gapwise-data.json', 'this file was written by a newer Gapwise (data version 9)'),
      '/data',
    );
    expect(refused.title).toBe('Gapwise cannot open this data');
    expect(refused.message).toMatch(/newer Gapwise[\s\S]*left untouched: \/data\/gapwise-data\.json/);
    const other = startupFailureMessage(new Error('ELOOP: too many symbolic links'), '/data');
    expect(other.message).toMatch(/could not be opened: \/data[\s\S]*ELOOP/);
    expect(other.message).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('says why a folder cannot be written, and how to choose another, without naming internal files', () => {
    const fsError = (code: string) =>
      Object.assign(new Error(`${code}: failed, open '/data/.gapwise-data.json.42.ab12.tmp'`), { code });
    const cases = {
      EROFS: 'it is on a read-only disk or share',
      EACCES: 'you do not have permission to use it',
      EPERM: 'the system refused access',
      ENOSPC: 'the disk is full',
    };
    for (const [code, reason] of Object.entries(cases)) {
      const { title, message } = startupFailureMessage(fsError(code), '/data');
      expect(title).toBe('Gapwise could not start');
      expect(message).toContain(`Gapwise keeps its data in /data, but cannot use that folder: ${reason}`);
      expect(message).toContain(`(${code}).`);
      expect(message).toContain(`start Gapwise with ${DATA_DIR_ENV} set to a folder`);
      expect(message).not.toContain('.tmp');
    }
  });
});
