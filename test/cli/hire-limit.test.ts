import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportOf } from '@main/ipc/plan-export';
import { reportToJson } from '@shared/reports';
import { initialData, type AppData } from '@shared/data';
import { builtinFramework, sampleTeam } from '../support/fixtures';
import { nineMembers, nineOrganisation } from '../support/nine-person-team';
import { gapwise } from './fake-terminal';

/* `--max-hires` and `--budget`: the plan within a limit from the CLI, and clear refusals. */

const dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const framework = builtinFramework();
const roleCosts = {
  'data-engineer': 90_000,
  'ml-engineer': 95_000,
  'analytics-engineer': 80_000,
  'data-analyst': 60_000,
};

const dataWith = (planning?: AppData['settings']['planning']): AppData => ({
  ...initialData(sampleTeam(), framework),
  sample: false,
  organisation: nineOrganisation(),
  members: nineMembers(framework),
  scenarios: [],
  settings: { theme: 'system', ...(planning ? { planning } : {}) },
});

function dataFile(name: string, planning?: AppData['settings']['planning']): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(dataWith(planning)));
  return file;
}

const withCosts = dataFile('costs.json', { currency: 'EUR', roleCosts });
const withoutCosts = dataFile('plain.json');

describe('gapwise analyze --max-hires / --budget', () => {
  it('adds "Within limit" to the Markdown plan: one hire is the data engineer', async () => {
    const ran = await gapwise(['analyze', withoutCosts, '--max-hires', '1']);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('## Within limit');
    const section = ran.stdout.slice(ran.stdout.indexOf('## Within limit'));
    expect(section).toMatch(/\| Data engineer \| — \| 1 \|/);
    // Markdown text: the colon a character reference (no autolink), the full stop escaped.
    expect(section).toContain('Limit&#x3A; 1 hire\\.');
  });

  it('leaves the report as it was without a limit', async () => {
    const ran = await gapwise(['analyze', withoutCosts]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).not.toContain('Within limit');
    const json = JSON.parse((await gapwise(['analyze', withoutCosts, '--format', 'json'])).stdout);
    expect(json.analysis).not.toHaveProperty('budgetPlan');
  });

  it('spends a budget at the costs of the data file, in JSON and CSV', async () => {
    const json = JSON.parse((await gapwise(['analyze', withCosts, '--budget', '100000', '--format', 'json'])).stdout);
    expect(json.analysis.budgetPlan.hires).toEqual([
      { roleId: 'data-engineer', roleName: 'Data engineer', productTeam: null, count: 1, costEach: 90_000 },
    ]);
    expect(json.analysis.budgetPlan.currency).toBe('EUR');
    const csv = (await gapwise(['analyze', withCosts, '--budget', '100000', '--format', 'csv'])).stdout;
    expect(csv).toMatch(/^within-limit-hire,1,,Data engineer,/m);
    expect(csv).toMatch(/^within-limit-open,/m);
  });

  it("applies the data file's own limit, which an option replaces", async () => {
    const limited = dataFile('limited.json', { roleCosts, hireLimit: { kind: 'hires', hires: 2 } });
    const own = JSON.parse((await gapwise(['analyze', limited, '--format', 'json'])).stdout);
    expect(own.analysis.budgetPlan.limit).toEqual({ kind: 'hires', hires: 2 });
    const replaced = JSON.parse((await gapwise(['analyze', limited, '--max-hires', '1', '--format', 'json'])).stdout);
    expect(replaced.analysis.budgetPlan.limit).toEqual({ kind: 'hires', hires: 1 });
  });

  it("gives the JSON report the app exports from the same data, the data file's limit included", async () => {
    const planning = { currency: 'EUR', roleCosts, hireLimit: { kind: 'money' as const, amount: 200_000 } };
    const cli = (await gapwise(['analyze', dataFile('app.json', planning), '--format', 'json'])).stdout;
    expect(cli).toBe(reportToJson(reportOf(dataWith(planning))));
    expect(JSON.parse(cli).analysis.budgetPlan.limit).toEqual(planning.hireLimit);
  });

  it('says on standard error which costs and lead times name a role the framework lacks, and that they are not used', async () => {
    const typo = dataFile('typo.json', {
      currency: 'EUR',
      roleCosts: { 'data-enginer': 90_000, 'ml-engineer': 95_000 },
      leadTimeMonths: { 'data-enginer': 9 },
    });
    for (const command of [
      ['analyze', typo, '--max-hires', '1'],
      ['validate', typo],
    ]) {
      const ran = await gapwise(command);
      expect(ran.code).toBe(0);
      expect(ran.stderr).toContain(
        'gapwise: settings.planning.roleCosts.data-enginer: the framework has no role "data-enginer", so this cost is not used',
      );
      expect(ran.stderr).toContain('settings.planning.leadTimeMonths.data-enginer:');
      expect(ran.stderr).not.toContain('ml-engineer:');
    }
    expect((await gapwise(['analyze', withCosts])).stderr).toBe('');
  });

  it.each([
    [['--max-hires', '-1'], /--max-hires must be a whole number of hires from 0 to 1000 \(got "-1"\)/],
    [['--max-hires', '1.5'], /--max-hires must be a whole number/],
    [['--max-hires', 'two'], /--max-hires must be a whole number/],
    [['--max-hires', '1001'], /--max-hires must be a whole number/],
    [['--budget', '-5'], /--budget must be a whole amount of money from 0/],
    [['--budget', '1e5'], /--budget must be a whole amount of money/],
    [['--budget', 'lots'], /--budget must be a whole amount of money/],
    [['--budget', '1.5'], /--budget must be a whole amount of money.*\(got "1\.5"\)/],
    [['--budget', '89999.6'], /--budget must be a whole amount of money/],
    [['--max-hires', '1', '--budget', '5'], /give one of them/],
  ])('refuses %j with a message naming the option', async (args, message) => {
    const ran = await gapwise(['analyze', withCosts, ...args]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(message);
  });

  it('refuses --budget when the file holds no costs, and a limit on another command', async () => {
    const noCosts = await gapwise(['analyze', withoutCosts, '--budget', '100000']);
    expect(noCosts.code).toBe(2);
    expect(noCosts.stderr).toMatch(/--budget needs the yearly cost of each role/);
    const validate = await gapwise(['validate', withCosts, '--max-hires', '1']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(/--max-hires is an option of analyze only/);
  });
});
