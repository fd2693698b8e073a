import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FRAMEWORK_SCHEMA_VERSION,
  type Framework,
  type Member,
  type Organisation,
  type RoleProfile,
  type Skill,
  type TeamFile,
} from '@shared/domain';
import { builtinFramework } from '@shared/io';

export const ROOT = join(__dirname, '..', '..');

export const readJson = (relative: string): unknown => JSON.parse(readFileSync(join(ROOT, relative), 'utf8'));

export const sampleTeam = (): TeamFile => readJson('resources/sample-team.json') as TeamFile;

/** The article the built-in framework comes from, kept beside it for provenance checks. */
export const article = (): string => readFileSync(join(ROOT, 'resources', 'frameworks', 'ds-vs-de.source.txt'), 'utf8');

export { builtinFramework };

const SCALE = ['None', 'Awareness', 'Working', 'Practitioner', 'Expert'].map((name, level) => ({
  level,
  name,
  description: `${name} level`,
}));

/** A small framework for hand-checked cases: skills and roles given in a compact form. */
export function tinyFramework(
  skills: { id: string; area?: Skill['area']; kind?: Skill['kind'] }[],
  roles: { id: string; area: RoleProfile['area']; targets: Record<string, number | [number, number]> }[],
): Framework {
  return {
    kind: 'gapwise-framework',
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    id: 'tiny',
    name: 'Tiny',
    version: '1.0.0',
    description: '',
    scale: { levels: SCALE },
    skills: skills.map((s) => ({
      id: s.id,
      name: s.id.toUpperCase(),
      area: s.area ?? 'data-science',
      kind: s.kind ?? 'skill',
      description: '',
    })),
    roles: roles.map((r) => ({
      id: r.id,
      name: r.id,
      area: r.area,
      description: '',
      targets: Object.fromEntries(
        Object.entries(r.targets).map(([id, t]) => [
          id,
          Array.isArray(t) ? { level: t[0], weight: t[1] } : { level: t, weight: 1 },
        ]),
      ),
    })),
  };
}

export function member(id: string, role: string, levels: Record<string, number>, extra: Partial<Member> = {}): Member {
  return { id, name: id, role, productTeam: '', fte: 1, levels, allocation: {}, ...extra };
}

export function organisation(extra: Partial<Organisation> = {}): Organisation {
  return { name: 'Org', productTeams: [], coverage: { minPeople: 2 }, engineeringLoadThreshold: 20, ...extra };
}

/** The clock of the in-process main and CLI in tests: exports dated by it read the same in every run. */
export const TEST_NOW = '2026-12-01T09:30:00Z';
