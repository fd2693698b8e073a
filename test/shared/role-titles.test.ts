import { describe, expect, it } from 'vitest';
import { Framework, roleTitleKey, type RoleProfile } from '@shared/domain';
import { normaliseHeader } from '@shared/interchange/normalise';
import { parseFramework } from '@shared/io';
import { tinyFramework } from '../support/fixtures';

/** Two roles of a tiny framework, with the names and aliases a case needs. */
function withRoles(...roles: { name: string; aliases?: string[] }[]): Framework {
  const fw = tinyFramework(
    [{ id: 'sql' }],
    roles.map((_, i) => ({ id: `role-${i + 1}`, area: 'analytics' as const, targets: { sql: 2 } })),
  );
  return {
    ...fw,
    roles: fw.roles.map((role, i): RoleProfile => ({ ...role, ...roles[i] })),
  };
}

const issuesOf = (fw: Framework) => {
  const result = Framework.safeParse(fw);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('role names and job-title aliases', () => {
  it('accepts titles that each mean one role, and a role repeating its own name as an alias', () => {
    const fw = withRoles(
      { name: 'BI developer', aliases: ['Power BI developer', 'bi-developer', 'Tableau developer'] },
      { name: 'Data engineer', aliases: ['ETL developer'] },
    );
    expect(issuesOf(fw)).toEqual([]);
  });

  it('refuses an alias that is another role’s alias, naming both roles and both places', () => {
    const fw = withRoles(
      { name: 'Data analyst', aliases: ['Reporting analyst', 'BI developer'] },
      { name: 'Analytics engineer', aliases: ['dbt developer', 'B.I. Developer'] },
    );
    // "B.I. Developer" normalises to "b i developer", not "bi developer": a different title.
    expect(issuesOf(fw)).toEqual([]);
    fw.roles[1]!.aliases = ['dbt developer', 'BI-Developer'];
    expect(issuesOf(fw)).toEqual([
      {
        path: ['roles', 1, 'aliases', 1],
        message:
          'the job title "BI-Developer" of role "Analytics engineer" also means role "Data analyst" (roles[0].aliases[1]); a job title may mean one role only, so keep it on one of them',
      },
    ]);
  });

  it('reports a clash between a name and an alias on the alias, whichever role comes first', () => {
    const fw = withRoles({ name: 'ML engineer', aliases: ['Data Engineer'] }, { name: 'Data engineer' });
    expect(issuesOf(fw)).toEqual([
      {
        path: ['roles', 0, 'aliases', 0],
        message: expect.stringContaining('of role "ML engineer" also means role "Data engineer" (roles[1].name)'),
      },
    ]);
  });

  it('refuses two roles with the same name up to case, accents and punctuation', () => {
    const fw = withRoles({ name: 'Data scientist' }, { name: 'data-scientist' }, { name: 'Décision scientist' });
    fw.roles[2]!.aliases = ['Decision Scientist'];
    expect(issuesOf(fw)).toEqual([
      {
        path: ['roles', 1, 'name'],
        message:
          'role "data-scientist" has the same name as role "Data scientist" (roles[0].name), ignoring case and punctuation; a job title could not tell them apart, so rename one of them',
      },
    ]);
  });

  it('refuses an alias with no letter or digit: it could never match a title', () => {
    const fw = withRoles({ name: 'Data analyst', aliases: ['Reporting analyst', '--'] });
    expect(issuesOf(fw)).toEqual([
      {
        path: ['roles', 0, 'aliases', 1],
        message: 'the job title "--" has no letter or digit, so no title can match it',
      },
    ]);
    // A name like that is allowed, as it always was: people read it, no title has to match it.
    expect(issuesOf(withRoles({ name: '—' }, { name: '?' }))).toEqual([]);
  });

  it('names the place when a framework file is read', () => {
    const fw = withRoles(
      { name: 'Data analyst', aliases: ['BI analyst'] },
      { name: 'BI developer', aliases: ['BI Analyst'] },
    );
    const parsed = parseFramework(JSON.parse(JSON.stringify(fw)));
    expect(parsed).toMatchObject({ ok: false, error: { path: 'roles[1].aliases[0]' } });
    if (!parsed.ok) expect(parsed.error.message).toMatch(/also means role "Data analyst"/);
  });

  it('compares titles with the key the spreadsheet import uses', () => {
    for (const text of [
      'BI Developer',
      'MLOps-engineer',
      'Data analyst / BI developer',
      'Ingénieur  données',
      '  x__y ',
      '--',
    ]) {
      expect(roleTitleKey(text), text).toBe(normaliseHeader(text));
    }
  });
});
