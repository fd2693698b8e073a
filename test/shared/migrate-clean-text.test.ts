import { describe, expect, it } from 'vitest';
import { AppData, DATA_SCHEMA_VERSION, runMigrations } from '@shared/data';
import { Member } from '@shared/domain';
import { CONTROL_CHAR } from '@shared/encode/control';
import { parseTeamText } from '@shared/io';
import { firstRunData } from '../../electron/main/startup';
import { versionOneFileWithControls } from '../support/version-one-file';
import { builtinFramework, sampleTeam } from '../support/fixtures';

describe('migration 1 → 2: text without control characters', () => {
  it('cleans every text, keeps references consistent, and lists each change', () => {
    const result = runMigrations(versionOneFileWithControls());
    if (!result.ok) throw new Error(result.message);
    expect(result.data['schemaVersion']).toBe(DATA_SCHEMA_VERSION);
    const data = AppData.parse(result.data);
    expect(data.members[0]!.name).toBe('Ana[2J Lima');
    expect(data.members[0]!.notes).toBe('line one\nline two');
    // A name of nothing but controls keeps them, visible, so the person can be found.
    expect(data.members[1]!.name).toBe('␛␇');
    expect(data.organisation.name).toBe('Northwind]0;pwned');
    expect(data.framework.skills[0]!.name).toBe('Data pipelines');
    const team = data.organisation.productTeams[0]!;
    expect(data.members.filter((m) => m.productTeam === team).length).toBeGreaterThan(0);
    // The team list, each of its members, the organisation, two names, one note, one skill.
    const onTeam = data.members.filter((m) => m.productTeam === team).length;
    expect(result.changes).toHaveLength(1 + onTeam + 1 + 2 + 1 + 1);
    expect(result.changes).toContain(`member ${data.members[0]!.id}, name: "Ana␛[2J Lima" is now "Ana[2J Lima"`);
    expect(result.changes).toContain(
      `member ${data.members[1]!.id}, name: held only control characters, now shown as "␛␇"; rename it`,
    );
    for (const change of result.changes) expect(change).not.toMatch(CONTROL_CHAR);
  });

  it('leaves a clean version-1 file as it was, with nothing to tell', () => {
    const clean = { ...JSON.parse(JSON.stringify(firstRunData())), schemaVersion: 1 };
    const result = runMigrations(clean);
    if (!result.ok) throw new Error(result.message);
    expect(result.changes).toEqual([]);
    expect({ ...result.data, schemaVersion: 1 }).toEqual(clean);
  });
});

describe('text fields refuse control characters', () => {
  const member = {
    id: 'ana',
    name: 'Ana',
    role: 'data-scientist',
    productTeam: '',
    fte: 1,
    levels: {},
    allocation: {},
  };

  it('names the field and shows the character', () => {
    const result = Member.safeParse({ ...member, name: 'Ana\u001b[2J' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['name']);
    expect(result.error!.issues[0]!.message).toBe(
      'must not hold control characters or line breaks (found ␛); remove it',
    );
    expect(Member.safeParse({ ...member, productTeam: 'Pay\u0085ments' }).success).toBe(false);
  });

  it('keeps line breaks and tabs in notes, and nothing else', () => {
    expect(Member.safeParse({ ...member, notes: 'one\ntwo\tthree\r\n' }).success).toBe(true);
    expect(Member.safeParse({ ...member, notes: 'bell\u0007' }).success).toBe(false);
  });

  it('a team file with such a name is refused with the place', () => {
    const team = sampleTeam();
    team.members[0] = { ...team.members[0]!, name: 'Ana\u0007' };
    const parsed = parseTeamText(JSON.stringify(team), builtinFramework());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.path).toBe('members[0].name');
      expect(parsed.error.message).toContain('␇');
    }
  });
});
