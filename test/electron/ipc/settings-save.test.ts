import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '@main/ipc/dispatcher';
import type { AppStore } from '@main/store';
import { AppData, type Settings } from '@shared/data';
import { closeAppOnTempStore, openAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';

/* settings:save with planning settings: what the schema refuses, and role ids the framework lacks. */

const fromApp = { senderFrame: { url: APP_URL } };

let dir: string;
let store: AppStore;
let dispatch: Dispatch;

beforeEach(async () => {
  ({ dir, store, dispatch } = await openAppOnTempStore('gapwise-settings-', { open: () => null, save: () => null }));
});
afterEach(() => closeAppOnTempStore({ dir, store }));

const save = (settings: unknown) => dispatch('settings:save', fromApp, [{ settings }]);
const onDisk = async () => AppData.parse(JSON.parse(await readFile(store.dataFile, 'utf8')));

const planning = {
  currency: 'EUR',
  roleCosts: { 'data-engineer': 95_000, 'data-scientist': 100_000 },
  leadTimeMonths: { 'data-engineer': 4 },
  upskillMonthsPerLevel: 5,
  hireLimit: { kind: 'money', amount: 200_000 },
  weights: { singlePoint: 8, belowPolicy: 2, engineeringFte: 1 },
} satisfies Settings['planning'];

describe('settings:save with planning settings', () => {
  it('stores the full settings, planning included', async () => {
    expect(await save({ theme: 'dark', planning })).toMatchObject({ ok: true });
    expect((await onDisk()).settings).toEqual({ theme: 'dark', planning });
  });

  it.each([
    ['currency', { currency: 'euro' }, 'settings.planning.currency'],
    ['a negative cost', { roleCosts: { 'data-engineer': -1 } }, 'settings.planning.roleCosts.data-engineer'],
    ['a cost as text', { roleCosts: { 'data-engineer': '90000' } }, 'settings.planning.roleCosts.data-engineer'],
    [
      'a lead time over 36 months',
      { leadTimeMonths: { 'data-engineer': 37 } },
      'settings.planning.leadTimeMonths.data-engineer',
    ],
    [
      'a fractional lead time',
      { leadTimeMonths: { 'data-engineer': 2.5 } },
      'settings.planning.leadTimeMonths.data-engineer',
    ],
    ['zero months per level', { upskillMonthsPerLevel: 0 }, 'settings.planning.upskillMonthsPerLevel'],
    ['a weight missing', { weights: { singlePoint: 10, belowPolicy: 3 } }, 'settings.planning.weights.engineeringFte'],
    [
      'a negative weight',
      { weights: { singlePoint: -1, belowPolicy: 3, engineeringFte: 1 } },
      'settings.planning.weights.singlePoint',
    ],
    ['an unknown field', { currencies: 'EUR' }, 'settings.planning.currencies'],
    [
      'a hire limit of an unknown kind',
      { hireLimit: { kind: 'people', hires: 2 } },
      'settings.planning.hireLimit.kind',
    ],
  ])('refuses %s, naming the field, and keeps what is stored', async (_what, bad, path) => {
    await save({ theme: 'light', planning });
    const result = await save({ theme: 'dark', planning: { ...planning, ...bad } });
    expect(result).toMatchObject({ ok: false, error: { path } });
    expect((await onDisk()).settings).toEqual({ theme: 'light', planning });
  });

  it('refuses costs and lead times for roles the framework does not have, naming every one', async () => {
    const result = await save({
      theme: 'system',
      planning: { roleCosts: { 'data-engineer': 1, 'quant-wizard': 2, 'chief-owl': 3 } },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', path: 'settings.planning.roleCosts.quant-wizard' },
    });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).toContain('"quant-wizard"');
    expect(message).toContain('"chief-owl"');
    expect(message).not.toContain('"data-engineer"');
    expect(await save({ theme: 'system', planning: { leadTimeMonths: { 'quant-wizard': 2 } } })).toMatchObject({
      ok: false,
      error: { path: 'settings.planning.leadTimeMonths.quant-wizard' },
    });
    expect((await onDisk()).settings).toEqual({ theme: 'system' });
  });

  it('keeps the entries of a role the framework dropped, unused, and lets other settings be saved around them', async () => {
    await save({ theme: 'system', planning });
    // The framework loses the data engineer: its cost and lead time stay stored, and are no error.
    const data = store.data();
    const framework = { ...data.framework, roles: data.framework.roles.filter((r) => r.id !== 'data-engineer') };
    const members = data.members.map((m) => (m.role === 'data-engineer' ? { ...m, role: 'data-scientist' } : m));
    const scenarios = data.scenarios.map((s) => ({
      ...s,
      plannedHires: s.plannedHires.filter((h) => h.role !== 'data-engineer'),
      roleMoves: s.roleMoves.filter((m) => m.toRole !== 'data-engineer'),
    }));
    await store.update((d) => ({ ...d, framework, members, scenarios }));
    expect((await onDisk()).settings.planning).toEqual(planning);

    // Carried along unchanged by the theme, and by a change to other planning fields: saved.
    expect(await save({ theme: 'dark', planning })).toMatchObject({ ok: true });
    const cheaper = { ...planning, roleCosts: { ...planning.roleCosts, 'data-scientist': 90_000 } };
    expect(await save({ theme: 'dark', planning: cheaper })).toMatchObject({ ok: true });
    // A new value for the dropped role is refused, naming it.
    const changed = { ...cheaper, roleCosts: { ...cheaper.roleCosts, 'data-engineer': 1 } };
    expect(await save({ theme: 'dark', planning: changed })).toMatchObject({
      ok: false,
      error: { path: 'settings.planning.roleCosts.data-engineer' },
    });
    expect((await onDisk()).settings).toEqual({ theme: 'dark', planning: cheaper });
  });
});
