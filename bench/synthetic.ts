import sampleTeam from '../resources/sample-team.json';
import { initialData, type AppData } from '../shared/data';
import { AREAS, TeamFile, type Framework, type Member, type Skill } from '../shared/domain';
import { builtinFramework } from '../shared/io';

/*
 * Seeded synthetic organisations for the benchmark: the article's 26 skills plus generated
 * ones up to 60, and members whose levels and time follow their role the way real teams do
 * (most near the role's targets, some far; scientists with some engineering work).
 */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFramework(skillCount = 60, seed = 7): Framework {
  const base = builtinFramework();
  const random = rng(seed);
  const extra: Skill[] = Array.from({ length: Math.max(0, skillCount - base.skills.length) }, (_, i) => ({
    id: `generated-skill-${i + 1}`,
    name: `Generated skill ${i + 1}`,
    area: AREAS[i % AREAS.length]!,
    kind: i % 3 === 0 ? 'responsibility' : 'skill',
    description: 'A generated skill for the benchmark.',
  }));
  const roles = base.roles.map((role) => {
    const targets = { ...role.targets };
    for (const skill of extra) {
      const own = skill.area === role.area || skill.area === 'shared';
      if (own && random() < 0.7) targets[skill.id] = { level: 2 + Math.floor(random() * 2), weight: 1 };
    }
    return { ...role, targets };
  });
  return { ...base, skills: [...base.skills, ...extra], roles };
}

const PRODUCT_TEAMS = 12;

export function syntheticOrganisation(size: number, framework: Framework, seed = 42): AppData {
  const random = rng(seed);
  const base = initialData(TeamFile.parse(sampleTeam), framework);
  const teams = Array.from(
    { length: Math.max(1, Math.min(PRODUCT_TEAMS, Math.ceil(size / 8))) },
    (_, i) => `Team ${i + 1}`,
  );
  const engineering = framework.skills.filter((s) => s.kind === 'responsibility' && s.area === 'data-engineering');
  const science = framework.skills.filter((s) => s.kind === 'responsibility' && s.area === 'data-science');
  const members: Member[] = Array.from({ length: size }, (_, i) => {
    const role = framework.roles[random() < 0.75 ? 0 : 1]!;
    const levels: Record<string, number> = {};
    for (const skill of framework.skills) {
      if (random() < 0.1) continue; // not assessed
      const target = role.targets[skill.id]?.level ?? 1;
      const level = Math.round(target + (random() - 0.6) * 3);
      levels[skill.id] = Math.max(0, Math.min(4, level));
    }
    const allocation: Record<string, number> = {};
    const onEngineering = role.area === 'data-science' ? Math.floor(random() * 5) * 10 : 70;
    if (onEngineering > 0) allocation[engineering[i % engineering.length]!.id] = onEngineering;
    allocation[science[i % science.length]!.id] = Math.min(100 - onEngineering, 50);
    return {
      id: `member-${i + 1}`,
      name: `Member ${String(i + 1).padStart(5, '0')}`,
      role: role.id,
      productTeam: teams[i % teams.length]!,
      fte: random() < 0.1 ? 0.5 : 1,
      levels,
      allocation,
    };
  });
  return {
    ...base,
    sample: false,
    organisation: { ...base.organisation, name: `Synthetic ${size}`, productTeams: teams },
    members,
    scenarios: [],
  };
}
