import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppData } from '@shared/data';
import type { Member } from '@shared/domain';
import { localIsoDate } from '@shared/domain/staleness';
import { compareRounds } from '@shared/rounds/compare';
import { openRoundView } from '@shared/rounds/round-view';
import { builtinFramework, TEST_NOW } from '../support/fixtures';
import { appData, closeRound, mixedTeam, type ClosedRound } from '../shared/rounds/round-fixtures';
import { gapwise } from './fake-terminal';

/*
 * `gapwise rounds` and `gapwise diff` on a data file and its round files written in a temp
 * folder as the app lays them out: `rounds/<id>.json` beside the data file.
 */

const framework = builtinFramework();
const team = mixedTeam(framework);
const q1 = closeRound({ ...team, framework }, { id: 'r-q1', name: '2027 Q1 review', date: '2027-03-31' });
// Q2: Ana left and Chloe's levels rose.
const q2Members: Member[] = team.members
  .filter((m) => m.id !== 'ana')
  .map((m) => (m.id === 'chloe' ? { ...m, levels: { ...m.levels, sql: 4 } } : m));
const q2 = closeRound(
  { ...team, members: q2Members, framework },
  { id: 'r-q2', name: '2027 Q2 review', date: '2027-06-30' },
);
// Today: a data engineer joined Search.
const engineer = team.members.find((m) => m.role === 'data-engineer')!;
const todayMembers: Member[] = [...q2Members, { ...engineer, id: 'zoe', name: 'Zoë Quist', productTeam: 'Search' }];

let dir: string;
let dataFile: string;

function writeData(data: AppData, rounds: ClosedRound[]): void {
  writeFileSync(dataFile, JSON.stringify(data, null, 2));
  mkdirSync(join(dir, 'rounds'), { recursive: true });
  for (const round of rounds) writeFileSync(join(dir, 'rounds', `${round.entry.id}.json`), round.bytes);
}

const data = (): AppData =>
  appData({ organisation: team.organisation, members: todayMembers }, framework, { rounds: [q1.entry, q2.entry] });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-rounds-'));
  dataFile = join(dir, 'gapwise-data.json');
  writeData(data(), [q1, q2]);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('gapwise rounds', () => {
  it('lists the closed rounds oldest first with date, members, framework version and id, then the open round', async () => {
    const ran = await gapwise(['rounds', dataFile]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Round\s+Date\s+Members\s+Framework\s+Id$/);
    expect(lines[1]!.split(/\s{2,}/)).toEqual(['2027 Q1 review', '2027-03-31', '9', framework.version, 'r-q1']);
    expect(lines[2]!.split(/\s{2,}/)).toEqual(['2027 Q2 review', '2027-06-30', '8', framework.version, 'r-q2']);
    expect(lines[3]).toBe(`Open round (today): 9 members, framework ${framework.version}`);
  });

  it('says when there are no closed rounds', async () => {
    writeData(appData({ organisation: team.organisation, members: todayMembers }, framework), []);
    const ran = await gapwise(['rounds', dataFile]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^No closed rounds yet/);
  });

  it('refuses a file that is not the app data file', async () => {
    const teamFile = join(dir, 'team.json');
    writeFileSync(teamFile, JSON.stringify({ kind: 'gapwise-team', schemaVersion: 1, ...team }));
    const ran = await gapwise(['rounds', teamFile]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      `gapwise: ${teamFile}: rounds needs the app's data file (kind "gapwise-data"): only it lists rounds\n`,
    );
  });
});

describe('gapwise diff', () => {
  const today = localIsoDate(new Date(TEST_NOW));

  it('compares the last closed round with today by default, as Markdown', async () => {
    const ran = await gapwise(['diff', dataFile]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`# What changed: 2027 Q2 review (2027-06-30) → Today (${today})`);
    expect(ran.stdout).toMatch(
      /## Joined\n\n\| Name \| Role \| Product team \|\n\| --- \| --- \| --- \|\n\| Zoë Quist \| Data engineer \| Search \|/,
    );
    expect(ran.stdout).toContain('Nobody left\\.');
  });

  it('takes rounds by name in any case or by id, and prints the comparison as JSON', async () => {
    const ran = await gapwise(['diff', dataFile, '--from', '2027 q1 REVIEW', '--to', 'r-q2', '--format', 'json']);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const { kind, schemaVersion: _version, ...comparison } = JSON.parse(ran.stdout) as Record<string, unknown>;
    expect(kind).toBe('gapwise-round-comparison');
    expect(comparison).toEqual(JSON.parse(JSON.stringify(compareRounds(q1.view, q2.view))));
    expect((comparison.left as { memberId: string }[]).map((m) => m.memberId)).toEqual(['ana']);
  });

  it('prints CSV, and compares a round with today when --to is today', async () => {
    const ran = await gapwise(['diff', dataFile, '--from', 'r-q1', '--to', 'TODAY', '--format', 'csv']);
    expect(ran.code).toBe(0);
    const rows = Papa.parse<string[]>(ran.stdout, { skipEmptyLines: true }).data;
    const expected = compareRounds(q1.view, openRoundView(data(), today));
    expect(rows.filter((r) => r[0] === 'joined').map((r) => r[2])).toEqual(['zoe']);
    expect(rows.filter((r) => r[0] === 'left').map((r) => r[2])).toEqual(['ana']);
    expect(rows.filter((r) => r[0] === 'level change')).toHaveLength(expected.levelChanges.length);
  });

  it('names a missing round file', async () => {
    rmSync(join(dir, 'rounds', 'r-q1.json'));
    const ran = await gapwise(['diff', dataFile, '--from', 'r-q1']);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toBe(
      `gapwise: ${join(dir, 'rounds', 'r-q1.json')}: the file of round "2027 Q1 review" is missing\n`,
    );
  });

  it('names a damaged round file and what is wrong with it', async () => {
    const damaged = q2.bytes.slice();
    damaged[damaged.length - 3] = 0x20;
    writeFileSync(join(dir, 'rounds', 'r-q2.json'), damaged);
    const ran = await gapwise(['diff', dataFile]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(
      new RegExp(
        `^gapwise: ${join(dir, 'rounds', 'r-q2.json').replace(/[.]/g, '\\.')}: the file of round "2027 Q2 review" is damaged: sha256: `,
      ),
    );
    writeFileSync(join(dir, 'rounds', 'r-q2.json'), q2.bytes.subarray(0, 10));
    expect((await gapwise(['diff', dataFile])).stderr).toMatch(/is damaged: size: the file has 10 bytes/);
  });

  it('refuses an unknown round, listing the rounds there are', async () => {
    const ran = await gapwise(['diff', dataFile, '--from', 'Q3']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      'gapwise: --from "Q3": no round has that id or name; the rounds are "2027 Q1 review" (r-q1), "2027 Q2 review" (r-q2), and today\n',
    );
  });

  it('refuses a name two rounds share, asking for the id', async () => {
    const twin = closeRound({ ...team, framework }, { id: 'r-twin', name: '2027 Q1 Review', date: '2027-04-01' });
    writeData(
      appData({ organisation: team.organisation, members: todayMembers }, framework, {
        rounds: [q1.entry, twin.entry],
      }),
      [q1, twin],
    );
    const ran = await gapwise(['diff', dataFile, '--from', '2027 q1 review']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe('gapwise: --from "2027 q1 review": 2 rounds have that name; give the id: r-q1, r-twin\n');
  });

  it('says when there is no closed round to compare with, and refuses an unknown format', async () => {
    writeData(appData({ organisation: team.organisation, members: todayMembers }, framework), []);
    const none = await gapwise(['diff', dataFile]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no closed rounds to compare with/);
    const xml = await gapwise(['diff', dataFile, '--format', 'xml']);
    expect(xml.stderr).toBe('gapwise: --format must be one of md, json, csv for diff (got "xml")\n');
  });

  it('is in the help, and --from is refused elsewhere', async () => {
    const help = await gapwise(['--help']);
    expect(help.stdout).toMatch(/gapwise rounds <data-file>/);
    expect(help.stdout).toMatch(/gapwise diff <data-file> \[--from <round>\] \[--to <round\|today>\]/);
    const misplaced = await gapwise(['analyze', dataFile, '--from', 'r-q1']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toBe('gapwise: --from applies to diff only\n');
  });
});
