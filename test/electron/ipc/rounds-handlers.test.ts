import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '@main/ipc/dispatcher';
import { createHandlers } from '@main/ipc/handlers';
import { mapStoreError } from '@main/ipc/store-errors';
import { openStore, type AppStore } from '@main/store';
import { initialData, type AppData } from '@shared/data';
import type { IpcError, RoundDeleted, RoundReopened } from '@shared/ipc';
import type { RoundSnapshot, SelfAssessment } from '@shared/rounds/schema';
import type { MemberHistory, RoundComparison } from '@shared/rounds/types';
import { closeAppOnTempStore, openAppOnTempStore, APP_URL } from '../../support/app-on-temp-store';
import { memberHistory } from '@shared/rounds/member-history';
import { closedRoundView, openRoundView } from '@shared/rounds/round-view';
import { todayOf } from '@main/ipc/round-refs';
import { builtinFramework, sampleTeam, TEST_NOW } from '../../support/fixtures';
import { testHandlerDeps } from './test-deps';

/* The round channels end to end: dispatcher, handlers and a real store on a temp folder. */

const fromApp = { senderFrame: { url: APP_URL } };

let dir: string;
let store: AppStore;
let dispatch: Dispatch;
let saveAs: string | null;
let openFrom: string | null;

beforeEach(async () => {
  saveAs = null;
  openFrom = null;
  ({ dir, store, dispatch } = await openAppOnTempStore('gapwise-rounds-', {
    open: () => openFrom,
    save: () => saveAs,
  }));
});

afterEach(() => closeAppOnTempStore({ dir, store }));

const call = async (channel: Parameters<Dispatch>[0], request: unknown) => dispatch(channel, fromApp, [request]);
const value = <T>(result: { ok: boolean; value?: unknown; error?: unknown }): T => {
  expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
  return result.value as T;
};
const refusal = (result: { ok: boolean; error?: IpcError }): IpcError => {
  expect(result.ok).toBe(false);
  return result.error!;
};
/** The app started again on the same folder. */
async function reopenApp(): Promise<{ store: AppStore; dispatch: Dispatch }> {
  const opened = await openStore({ dir, initial: () => initialData(sampleTeam(), builtinFramework()) });
  const deps = testHandlerDeps(opened.store, { open: () => openFrom, save: () => saveAs });
  return {
    store: opened.store,
    dispatch: createDispatcher({
      handlers: createHandlers(deps),
      isTrustedSender: (url) => url === APP_URL,
      mapError: mapStoreError,
    }),
  };
}

const closeRound = async (name = '2027 Q1 review', date = '2027-03-31') =>
  value<AppData>(await call('round:close', { name, date }));
const roundFiles = async () => (await readdir(join(dir, 'rounds'))).filter((n) => n.endsWith('.json')).sort();

describe('round:close', () => {
  it('freezes the team into rounds/<id>.json, lists a small entry, and keeps every member the same object', async () => {
    const before = store.data();
    const data = await closeRound();
    expect(data.rounds).toHaveLength(1);
    const [entry] = data.rounds;
    expect(entry).toMatchObject({ id: '2027-q1-review', name: '2027 Q1 review', date: '2027-03-31' });
    expect(entry!.members).toBe(before.members.length);
    expect(entry!.trend.skills.length).toBe(before.framework.skills.length);
    expect(await roundFiles()).toEqual(['2027-q1-review.json']);
    data.members.forEach((m, i) => expect(m).toBe(before.members[i]));
    expect(data.framework).toBe(before.framework);
    const round = value<RoundSnapshot>(await call('round:load', { roundId: entry!.id }));
    expect(round.members).toEqual(before.members);
    expect(round.organisation).toEqual(before.organisation);
  });

  it('gives each round its own id, never "today"', async () => {
    await closeRound('Review');
    const data = await closeRound('Review');
    expect(data.rounds.map((r) => r.id)).toEqual(['review', 'review-2']);
    const today = await closeRound('Today');
    expect(today.rounds.at(-1)!.id).toBe('today-2');
  });

  it('takes the open round’s forms into the round and starts the next without them', async () => {
    const [first] = store.data().members;
    const skillId = Object.keys(first!.levels)[0]!;
    await store.update((data) => ({ ...data, selfAssessments: [form(first!.id, { [skillId]: 2 })] }));
    const data = await closeRound();
    expect(data.selfAssessments).toEqual([]);
    const round = value<RoundSnapshot>(await call('round:load', { roundId: data.rounds[0]!.id }));
    expect(round.selfAssessments.map((f) => f.memberId)).toEqual([first!.id]);
  });
});

const form = (memberId: string, ratings: SelfAssessment['ratings']): SelfAssessment => ({
  memberId,
  receivedOn: '2027-03-20',
  formId: `form-${memberId}`,
  ratings,
  skillNotes: {},
  decisions: {},
});

describe('round:rename, round:delete, round:undoDelete', () => {
  it('renames the entry only: the round file keeps its bytes', async () => {
    const { rounds } = await closeRound();
    const file = join(dir, 'rounds', `${rounds[0]!.id}.json`);
    const bytes = await readFile(file);
    const data = value<AppData>(await call('round:rename', { roundId: rounds[0]!.id, name: 'First review' }));
    expect(data.rounds[0]!.name).toBe('First review');
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
    expect(value<RoundSnapshot>(await call('round:load', { roundId: rounds[0]!.id })).id).toBe(rounds[0]!.id);
  });

  it('refuses an unknown round, naming the field', async () => {
    for (const channel of ['round:rename', 'round:delete', 'round:reopen', 'round:load'] as const) {
      const request = channel === 'round:rename' ? { roundId: 'nope', name: 'X' } : { roundId: 'nope' };
      expect(refusal(await call(channel, request)), channel).toMatchObject({ code: 'not-found', path: 'roundId' });
    }
  });

  it('deletes a round (its file set aside) and brings it back where it was', async () => {
    await closeRound('One');
    await closeRound('Two');
    await closeRound('Three');
    const deleted = value<RoundDeleted>(await call('round:delete', { roundId: 'two' }));
    expect(deleted.data.rounds.map((r) => r.id)).toEqual(['one', 'three']);
    expect(await roundFiles()).toEqual(['one.json', 'three.json']);
    expect(await readdir(join(dir, 'rounds', 'deleted'))).toHaveLength(1);
    const back = value<AppData>(await call('round:undoDelete', { undo: deleted.undo }));
    expect(back.rounds.map((r) => r.id)).toEqual(['one', 'two', 'three']);
    expect(value<RoundSnapshot>(await call('round:load', { roundId: 'two' })).name).toBe('Two');
    // A token works once.
    expect(refusal(await call('round:undoDelete', { undo: deleted.undo }))).toMatchObject({
      code: 'not-found',
      path: 'undo',
    });
  });
});

describe('round:reopen', () => {
  it('replaces the open round with the round’s team after a backup, and the next close records basedOn', async () => {
    const closed = await closeRound('Q1');
    const [leaving] = closed.members;
    const edited = value<AppData>(await call('member:delete', { memberId: leaving!.id }));
    expect(edited.members).toHaveLength(closed.members.length - 1);
    const reopened = value<RoundReopened>(await call('round:reopen', { roundId: 'q1' }));
    expect(reopened.data.members.map((m) => m.id)).toEqual(closed.members.map((m) => m.id));
    expect(reopened.data.openRoundBasedOn).toBe('q1');
    // The closed round is untouched, and the backup restores the data as it was.
    expect(reopened.data.rounds).toEqual(closed.rounds);
    const undone = value<AppData>(await call('backup:restore', { name: reopened.undoBackup }));
    expect(undone.members).toHaveLength(closed.members.length - 1);
    expect(undone.openRoundBasedOn).toBeUndefined();
    value(await call('round:reopen', { roundId: 'q1' }));
    // Kept in the data file: the next start still knows what the open round was reopened from.
    await store.flush();
    ({ store, dispatch } = await reopenApp());
    expect(store.data().openRoundBasedOn).toBe('q1');
    const next = await closeRound('Q1 again');
    expect(next.rounds.at(-1)!.basedOn).toBe('q1');
    expect(next.openRoundBasedOn).toBeUndefined();
    expect(value<RoundSnapshot>(await call('round:load', { roundId: 'q1-again' })).basedOn).toBe('q1');
  });
});

describe('a damaged round file', () => {
  it('is reported by round:load and the comparison, naming the round, and stays listed', async () => {
    const { rounds } = await closeRound('Q1');
    const file = join(dir, 'rounds', 'q1.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"Q1"', '"Q9"'));
    // Read rounds are cached (their files never change): the damage is met at the next start.
    await store.flush();
    ({ store, dispatch } = await reopenApp());
    const error = refusal(await call('round:load', { roundId: 'q1' }));
    expect(error).toMatchObject({ code: 'io-error', path: 'roundId' });
    expect(error.message).toMatch(/"Q1" is damaged/);
    expect(refusal(await call('rounds:compare', { from: 'q1', to: 'today' }))).toMatchObject({
      code: 'io-error',
      path: 'from',
    });
    expect(store.data().rounds).toEqual(rounds);
  });
});

describe('rounds:compare and round:memberHistory', () => {
  it('compares a round with today: who left, and the levels that moved', async () => {
    const closed = await closeRound('Q1');
    const [leaving, moving] = closed.members;
    await call('member:delete', { memberId: leaving!.id });
    const [skillId, level] = Object.entries(moving!.levels)[0]!;
    const raised = Math.min(level + 1, 5) === level ? level - 1 : level + 1;
    await call('member:save', { member: { ...moving!, levels: { ...moving!.levels, [skillId]: raised } } });
    const comparison = value<RoundComparison>(await call('rounds:compare', { from: 'q1', to: 'today' }));
    expect(comparison.left.map((m) => m.memberId)).toEqual([leaving!.id]);
    expect(comparison.levelChanges).toContainEqual(
      expect.objectContaining({ memberId: moving!.id, skillId, from: level, to: raised }),
    );
    expect(refusal(await call('rounds:compare', { from: 'today', to: 'nope' }))).toMatchObject({
      code: 'not-found',
      path: 'to',
    });
  });

  it('gives a member’s levels in each round and today, and refuses someone never in the team', async () => {
    const closed = await closeRound('Q1');
    await closeRound('Q2');
    const member = closed.members[0]!;
    const history = value<MemberHistory>(await call('round:memberHistory', { memberId: member.id }));
    expect(history.points.map((p) => p.round.ref)).toEqual(['q1', 'q2', 'today']);
    expect(history.points[0]!.levels).toEqual(member.levels);
    expect(refusal(await call('round:memberHistory', { memberId: 'nobody' }))).toMatchObject({
      code: 'not-found',
      path: 'memberId',
    });
  });
});

describe('round:memberHistory from its compact index', () => {
  it('says what the history of the whole rounds says, after renames, and for a member who left', async () => {
    const members = store.data().members;
    const [a, b] = members;
    const skillId = Object.keys(a!.levels)[0]!;
    await store.update((data) => ({ ...data, selfAssessments: [form(a!.id, { [skillId]: 'not-observed' })] }));
    await closeRound('Q1');
    const noLevel = Object.fromEntries(Object.entries(a!.levels).slice(1));
    await call('member:save', {
      member: { ...a!, levels: noLevel, productTeam: 'Elsewhere', assessedOn: '2027-05-01' },
    });
    await closeRound('Q2');
    await call('member:delete', { memberId: b!.id });
    value(await call('round:rename', { roundId: 'q1', name: 'First review' }));
    for (const member of [a!, b!]) {
      const got = value<MemberHistory>(await call('round:memberHistory', { memberId: member.id }));
      const data = store.data();
      const views = [];
      for (const entry of data.rounds) {
        views.push(closedRoundView(value<RoundSnapshot>(await call('round:load', { roundId: entry.id })), entry));
      }
      views.push(
        openRoundView(
          data,
          todayOf(() => new Date(TEST_NOW)),
        ),
      );
      expect(got).toEqual(memberHistory(member.id, views, data.framework));
    }
    const history = value<MemberHistory>(await call('round:memberHistory', { memberId: a!.id }));
    expect(history.points.map((p) => p.round.name)).toEqual(['First review', 'Q2', 'Today']);
    expect(history.points[0]!.self).toEqual({ [skillId]: 'not-observed' });
    expect(history.points[1]!.levels[skillId]).toBeUndefined();
  });
});

describe('selfAssessment:decide', () => {
  const setUp = async () => {
    const member = store.data().members[0]!;
    const [rated, unrated] = Object.keys(member.levels);
    const level = member.levels[rated!]!;
    const other = level === 1 ? 2 : 1;
    await store.update((data) => ({
      ...data,
      selfAssessments: [form(member.id, { [rated!]: other, [unrated!]: 'not-observed' })],
    }));
    return { member, rated: rated!, unrated: unrated!, level, other };
  };

  it('accepting makes the self rating the manager’s level; overriding records the decision only', async () => {
    const { member, rated, other, level } = await setUp();
    const kept = value<AppData>(
      await call('selfAssessment:decide', { memberId: member.id, skillId: rated, decision: 'overridden' }),
    );
    expect(kept.members[0]!.levels[rated]).toBe(level);
    expect(kept.selfAssessments[0]!.decisions[rated]).toBe('overridden');
    const taken = value<AppData>(
      await call('selfAssessment:decide', { memberId: member.id, skillId: rated, decision: 'accepted' }),
    );
    expect(taken.members[0]!.levels[rated]).toBe(other);
    expect(taken.selfAssessments[0]!.decisions[rated]).toBe('accepted');
    // Everyone else is the same object.
    taken.members.slice(1).forEach((m, i) => expect(m).toBe(kept.members[i + 1]));
  });

  it('refuses to accept "not observed", and unknown members, forms and skills', async () => {
    const { member, unrated } = await setUp();
    expect(
      refusal(await call('selfAssessment:decide', { memberId: member.id, skillId: unrated, decision: 'accepted' })),
    ).toMatchObject({ code: 'invalid-request', path: 'decision' });
    expect(
      refusal(await call('selfAssessment:decide', { memberId: 'nobody', skillId: unrated, decision: 'accepted' })),
    ).toMatchObject({ code: 'not-found', path: 'memberId' });
    const other = store.data().members[1]!;
    expect(
      refusal(await call('selfAssessment:decide', { memberId: other.id, skillId: unrated, decision: 'accepted' })),
    ).toMatchObject({ code: 'not-found', path: 'memberId' });
    expect(
      refusal(
        await call('selfAssessment:decide', { memberId: member.id, skillId: 'no-skill', decision: 'overridden' }),
      ),
    ).toMatchObject({ code: 'not-found', path: 'skillId' });
  });
});

describe('Save all data with rounds', () => {
  it('holds every round’s team, so the saved file alone brings the history back', async () => {
    await closeRound('Q1');
    const before = await closeRound('Q2');
    saveAs = join(dir, 'saved.json');
    value(await call('data:exportAll', {}));
    const saved = JSON.parse(await readFile(saveAs, 'utf8')) as { roundSnapshots: RoundSnapshot[] };
    expect(saved.roundSnapshots.map((r) => r.id)).toEqual(['q1', 'q2']);
    // Everything the rounds folder held is gone, as on another computer.
    await rm(join(dir, 'rounds'), { recursive: true, force: true });
    openFrom = saveAs;
    const done = value<{ data: AppData }>(await call('data:importAll', { mode: 'replace' }));
    expect(done.data.rounds.map((r) => [r.id, r.name])).toEqual(before.rounds.map((r) => [r.id, r.name]));
    const q1 = value<RoundSnapshot>(await call('round:load', { roundId: 'q1' }));
    expect(q1.members.map((m) => m.id)).toEqual(before.members.map((m) => m.id));
  });

  it('refuses a file listing a round whose team it does not hold, and changes nothing', async () => {
    const closed = await closeRound('Q1');
    const file = join(dir, 'partial.json');
    await writeFile(file, JSON.stringify({ ...closed, rounds: [{ ...closed.rounds[0]!, id: 'elsewhere' }] }));
    openFrom = file;
    const error = refusal(await call('data:importAll', { mode: 'replace' }));
    expect(error).toMatchObject({ code: 'invalid-request', path: 'rounds.0' });
    expect(error.message).toContain('does not hold its team');
    expect(store.data().rounds).toEqual(closed.rounds);
  });

  it('refuses to save all data while a round file is damaged, naming the round', async () => {
    await closeRound('Q1');
    const file = join(dir, 'rounds', 'q1.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"Q1"', '"Q9"'));
    await store.flush();
    ({ store, dispatch } = await reopenApp());
    saveAs = join(dir, 'saved.json');
    const error = refusal(await call('data:exportAll', {}));
    expect(error).toMatchObject({ code: 'io-error', path: 'rounds.0' });
    expect(error.message).toContain('"Q1"');
    await expect(readFile(saveAs)).rejects.toThrow();
  });

  it('merges people from a saved file and keeps the rounds here', async () => {
    const here = await closeRound('Q1');
    saveAs = join(dir, 'saved.json');
    value(await call('data:exportAll', {}));
    value(await call('round:delete', { roundId: 'q1' }));
    await closeRound('Q2');
    openFrom = saveAs;
    const done = value<{ data: AppData }>(await call('data:importAll', { mode: 'merge' }));
    expect(done.data.rounds.map((r) => r.id)).toEqual(['q2']);
    expect(done.data.members).toHaveLength(here.members.length);
    expect(await roundFiles()).toEqual(['q2.json']);
  });

  it('gives an incoming round a new id when another round file here has its id', async () => {
    await closeRound('Q1');
    saveAs = join(dir, 'saved.json');
    value(await call('data:exportAll', {}));
    // Here, q1 is deleted and another Q1 closed: the saved q1 is another round with that id's slug.
    value(await call('round:delete', { roundId: 'q1' }));
    await call('member:delete', { memberId: store.data().members[0]!.id });
    await closeRound('Q1');
    expect(store.data().rounds.map((r) => r.id)).toEqual(['q1-2']);
    openFrom = saveAs;
    const done = value<{ data: AppData }>(await call('data:importAll', { mode: 'replace' }));
    const [incoming] = done.data.rounds;
    expect(incoming!.id).not.toBe('q1-2');
    const round = value<RoundSnapshot>(await call('round:load', { roundId: incoming!.id }));
    expect(round.members).toHaveLength(done.data.members.length);
  });
});

describe('rounds:exportTrends and rounds:exportComparison', () => {
  it('saves the trends in each format, a column per round and today', async () => {
    await closeRound('Q1 <b>review</b>');
    for (const format of ['md', 'csv', 'json', 'xlsx'] as const) {
      saveAs = join(dir, `trends.${format}`);
      expect(value(await call('rounds:exportTrends', { format }))).toEqual({ file: saveAs });
      const bytes = await readFile(saveAs);
      expect(bytes.length, format).toBeGreaterThan(0);
      if (format === 'xlsx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
      if (format === 'md') expect(bytes.toString('utf8')).not.toContain('<b>');
      if (format === 'json') expect(bytes.toString('utf8')).toContain('Q1 <b>review</b>');
    }
  });

  it('saves what changed between two rounds, and nothing when the dialog is cancelled', async () => {
    const closed = await closeRound('Q1');
    await call('member:delete', { memberId: closed.members[0]!.id });
    saveAs = join(dir, 'changes.csv');
    value(await call('rounds:exportComparison', { from: 'q1', to: 'today', format: 'csv' }));
    expect(await readFile(saveAs, 'utf8')).toContain(closed.members[0]!.name);
    saveAs = null;
    expect(value(await call('rounds:exportComparison', { from: 'q1', to: 'today', format: 'md' }))).toBeNull();
    expect(refusal(await call('rounds:exportComparison', { from: 'q9', to: 'today', format: 'md' }))).toMatchObject({
      code: 'not-found',
      path: 'from',
    });
  });
});
