import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '@shared/interchange/normalise';
import { matchHeader } from '@shared/interchange/layout';
import { builtinFramework } from '../../support/fixtures';

const fw = builtinFramework();

/** Headers as spreadsheets write them for the six tool skills of framework 1.1.0. */
const HEADERS: [string, string][] = [
  ['Python', 'python'],
  ['PYTHON 3', 'python'],
  ['pandas', 'python'],
  ['SQL', 'sql'],
  ['T-SQL', 'sql'],
  ['BI', 'bi-dashboards'],
  ['BI / Dashboards', 'bi-dashboards'],
  ['Power BI', 'bi-dashboards'],
  ['Tableau', 'bi-dashboards'],
  ['Airflow', 'orchestration'],
  ['dbt', 'orchestration'],
  ['DBT', 'orchestration'],
  ['Orchestration', 'orchestration'],
  ['Docker / Kubernetes', 'containers-kubernetes'],
  ['Docker/Kubernetes', 'containers-kubernetes'],
  ['docker_kubernetes', 'containers-kubernetes'],
  ['Docker', 'containers-kubernetes'],
  ['K8s', 'containers-kubernetes'],
  ['Git', 'version-control-ci'],
  ['Git / CI', 'version-control-ci'],
  ['Version control', 'version-control-ci'],
  ['CI', 'version-control-ci'],
];

describe('spreadsheet columns for the tool skills', () => {
  it.each(HEADERS)('"%s" maps to %s', (header, skillId) => {
    expect(matchHeader(header, fw)).toMatchObject({ target: { kind: 'skill', skillIds: [skillId] } });
  });

  it('still map the article skills whose aliases were not moved', () => {
    expect(matchHeader('ETL tools', fw).target).toEqual({ kind: 'skill', skillIds: ['pipeline-tooling'] });
    expect(matchHeader('ECS', fw).target).toEqual({ kind: 'skill', skillIds: ['build-deployment-tooling'] });
    expect(matchHeader('CI/CD', fw).target).toEqual({ kind: 'skill', skillIds: ['ml-deployment-pipelines'] });
  });

  it('give no alias of a non-article skill to two skills, nor one that is another skill’s name or id', () => {
    const owners = new Map<string, Set<string>>();
    for (const skill of fw.skills) {
      for (const text of [skill.name, skill.id, ...(skill.aliases ?? [])]) {
        const key = normaliseHeader(text);
        owners.set(key, (owners.get(key) ?? new Set()).add(skill.id));
      }
    }
    const clashes = fw.skills
      .filter((s) => s.externalSource)
      .flatMap((s) =>
        (s.aliases ?? []).filter((a) => owners.get(normaliseHeader(a))!.size > 1).map((a) => `${s.id}: ${a}`),
      );
    expect(clashes).toEqual([]);
  });
});
