import { firstRunData } from '../../electron/main/startup';

/**
 * A data file as version 1 wrote it: the shape of today's, schemaVersion 1, and text that
 * version 1 accepted but version 2 refuses (terminal escapes, a bell, NUL, line breaks).
 */
export function versionOneFileWithControls(): Record<string, unknown> {
  const data = JSON.parse(JSON.stringify(firstRunData())) as Record<string, unknown> & {
    members: Record<string, unknown>[];
    organisation: { productTeams: string[]; name: string };
    framework: { skills: Record<string, unknown>[] };
  };
  const team = data.organisation.productTeams[0]!;
  const dirtyTeam = `${team}\u0007`;
  data.organisation.productTeams[0] = dirtyTeam;
  data.organisation.name = 'Northwind\u001b]0;pwned\u0007';
  data.members = data.members.map((m) => (m['productTeam'] === team ? { ...m, productTeam: dirtyTeam } : m));
  data.members[0] = { ...data.members[0], name: 'Ana\u001b[2J Lima', notes: 'line one\nline two\u0000' };
  data.members[1] = { ...data.members[1], name: '\u001b\u0007' };
  data.framework.skills[0] = { ...data.framework.skills[0], name: 'Data\npipelines' };
  return { ...data, schemaVersion: 1 };
}
