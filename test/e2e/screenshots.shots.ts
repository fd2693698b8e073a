import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROOT, type ColorScheme, type RunningApp } from './harness/app';
import { writeSampleMatrix } from './harness/matrix-files';
import { chartsSettled, goTo } from './harness/probes';
import { e2eSuite } from './harness/suite';
import { initialData, type AppData } from '@shared/data';
import type { Member, Organisation } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { bigOrganisation } from '../support/big-organisation';
import { sampleTeam } from '../support/fixtures';
import { nineMembers, nineOrganisation } from '../support/nine-person-team';
import { freshDataDir } from './harness/probes';
import { importForms, returnedForm, twoClosedRounds } from './harness/round-history';

// `npm run screenshots`: the README's pictures, taken by the end-to-end harness from the
// sample team on a fresh data folder. Not part of `npm test` (it rewrites docs/).

const { withApp } = e2eSuite();
const OUT = join(ROOT, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 860 };

async function openMember(page: Page, name: string, tab: 'Details' | 'Edit') {
  await goTo(page, 'Team');
  await page.getByRole('list', { name: 'Team members' }).getByText(name).click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Clears one of the member's levels back to "not assessed" with the Delete key (unsaved). */
async function clearLevel(page: Page, skillId: string) {
  const picker = page.locator(`[role="radiogroup"][data-skill-id="${skillId}"]`);
  await picker.locator('[role="radio"][aria-checked="true"]').focus();
  await page.keyboard.press('Delete');
  await picker.locator('xpath=..').getByText('not assessed').waitFor();
}

/** Mei Chen's data-security level cleared and saved, so the heatmap has a "not assessed" cell. */
async function saveOneUnassessed(page: Page) {
  await openMember(page, 'Mei Chen', 'Edit');
  await clearLevel(page, 'data-security');
  await page.keyboard.press('Control+s');
  await page.getByRole('status').getByText('Saved', { exact: true }).waitFor();
  await goTo(page, 'Dashboard');
}

/** A data folder holding `members` of `organisation` on the built-in framework, no sample. */
async function dataDirWith(team: { members: Member[]; organisation: Organisation }): Promise<string> {
  const dataDir = await freshDataDir();
  await mkdir(dataDir, { recursive: true });
  const framework = builtinFramework();
  const data: AppData = { ...initialData(sampleTeam(), framework), sample: false, scenarios: [], ...team };
  await writeFile(join(dataDir, 'gapwise-data.json'), JSON.stringify(data));
  return dataDir;
}

const MANAGER_SHEET = join(ROOT, 'test/corpus/libreoffice/manager-sheet.xlsx');

/** Team → Import… on `file`, until the preview has counted the rows. */
async function openImport(page: Page, app: RunningApp, file: string) {
  app.answerNextOpen(file);
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Import…' }).click();
  await page
    .getByRole('dialog')
    .getByText(/people ready/)
    .waitFor();
}

const BIG = () => bigOrganisation(builtinFramework());
const KWAME = 'kwame-mensah';

/** The data folder's data as the store wrote it. */
const readData = async (dataDir: string): Promise<AppData> =>
  JSON.parse(await readFile(join(dataDir, 'gapwise-data.json'), 'utf8')) as AppData;

/** A data folder with the sample team (or `team`) and two closed rounds behind today. */
async function dataDirWithRounds(team?: () => { members: Member[]; organisation: Organisation }): Promise<string> {
  const dataDir = await dataDirWith(
    team ? team() : { members: sampleTeam().members, organisation: sampleTeam().organisation },
  );
  await twoClosedRounds(dataDir);
  return dataDir;
}

/** The sample team with two closed rounds and Kwame Mensah's returned self-assessment form imported. */
async function dataDirWithSelfAssessment(): Promise<string> {
  const dataDir = await dataDirWithRounds();
  const form = await returnedForm(await readData(dataDir), KWAME, join(dataDir, '..', 'kwame-form.xlsx'));
  await importForms(dataDir, [form]);
  return dataDir;
}

/**
 * The sample team planned under constraints: costs and lead times, a limit of one hire, a
 * company headcount, Priya's departure dated in March, and two candidates for the data
 * engineer the plan asks for, one strong and one with skills not assessed.
 */
async function dataDirWithPlanning(): Promise<string> {
  const sample = sampleTeam();
  const dataDir = await dataDirWith({
    members: sample.members,
    organisation: { ...sample.organisation, companyHeadcount: 1200 },
  });
  const data = await readData(dataDir);
  const engineer = { 'data-pipelines': 4, 'data-warehousing': 3, 'big-data-technologies': 3, 'data-security': 3 };
  const planned: AppData = {
    ...data,
    settings: {
      ...data.settings,
      planning: {
        currency: 'EUR',
        roleCosts: { 'data-engineer': 95_000, 'data-scientist': 90_000, 'ml-engineer': 100_000 },
        leadTimeMonths: { 'data-engineer': 4 },
        hireLimit: { kind: 'hires', hires: 1 },
      },
    },
    scenarios: (sample.scenarios ?? []).map((s) =>
      s.departures.includes('priya-raman') ? { ...s, dates: { ...s.dates, 'priya-raman': '2027-03-15' } } : s,
    ),
    candidates: [
      {
        id: 'rosa-silva',
        name: 'Rosa Silva',
        role: 'data-engineer',
        productTeam: 'Checkout',
        levels: { ...engineer, 'data-warehouse-solutions': 3, 'ml-deployment-pipelines': 3, 'product-integration': 2 },
        interviewedOn: '2026-11-20',
      },
      {
        id: 'tom-berg',
        name: 'Tom Berg',
        role: 'data-engineer',
        productTeam: 'Checkout',
        levels: { 'data-pipelines': 3, 'data-warehousing': 2 },
        interviewedOn: '2026-11-24',
        notes: 'Second interview to assess security and deployment.',
      },
    ],
  };
  await writeFile(join(dataDir, 'gapwise-data.json'), JSON.stringify(planned));
  return dataDir;
}

const scrollTo = (page: Page, heading: string) =>
  page
    .getByRole('heading', { name: heading })
    .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));

const SHOTS: {
  name: string;
  colorScheme: ColorScheme;
  show: (page: Page, app: RunningApp) => Promise<void>;
  /** The team on screen, when not the sample. */
  team?: () => { members: Member[]; organisation: Organisation };
  /** The data folder to open, when more than a team (rounds, returned forms). */
  dataDir?: () => Promise<string>;
}[] = [
  // Two closed rounds, levels raised and a data engineer hired between them: the round list,
  // the trends and what changed since the last round, for the sample team and 2,000 people.
  ...(['light', 'dark'] as const).flatMap((colorScheme) =>
    (
      [
        ['', undefined],
        ['-organisation', BIG],
      ] as const
    ).flatMap(([suffix, team]) => [
      {
        name: `rounds${suffix}-${colorScheme}`,
        colorScheme,
        dataDir: () => dataDirWithRounds(team),
        show: (page: Page) => goTo(page, 'Rounds'),
      },
      {
        name: `rounds-trends${suffix}-${colorScheme}`,
        colorScheme,
        dataDir: () => dataDirWithRounds(team),
        show: async (page: Page) => {
          await goTo(page, 'Rounds');
          // At 2,000 people the organisation is covered; the product teams' coverage moves.
          await scrollTo(page, team ? 'Coverage per product team' : 'Trends');
        },
      },
      {
        name: `rounds-changes${suffix}-${colorScheme}`,
        colorScheme,
        dataDir: () => dataDirWithRounds(team),
        show: async (page: Page) => {
          await goTo(page, 'Rounds');
          await scrollTo(page, 'What changed');
        },
      },
    ]),
  ),
  // Kwame's returned form beside the manager's levels: differences of two levels flagged.
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `member-self-${colorScheme}`,
    colorScheme,
    dataDir: dataDirWithSelfAssessment,
    show: async (page: Page) => {
      await openMember(page, 'Kwame Mensah', 'Details');
      await scrollTo(page, 'Self-assessment vs manager');
    },
  })),
  // The forms dialog after importing two returned forms and a workbook that is not a form.
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `forms-dialog-${colorScheme}`,
    colorScheme,
    dataDir: dataDirWithRounds,
    show: async (page: Page, app: RunningApp) => {
      const data = await readData(app.dataDir);
      const kwame = await returnedForm(data, KWAME, join(app.exportsDir, 'Kwame Mensah.xlsx'));
      const ana = await returnedForm(data, 'ana-lima', join(app.exportsDir, 'Ana Lima.xlsx'));
      const notAForm = join(app.exportsDir, 'skills-matrix.xlsx');
      await writeSampleMatrix(notAForm);
      await goTo(page, 'Team');
      await page.getByRole('button', { name: 'Self-assessment forms…' }).click();
      app.answerNextOpen([kwame, ana, notAForm]);
      await page.getByRole('dialog').getByRole('button', { name: 'Import returned forms…' }).click();
      await page.getByTestId('forms-import-summary').waitFor();
    },
  })),
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `team-coverage-${colorScheme}`,
    colorScheme,
    // 2,000 people in 40 product teams: the one team lacking a skill leads the grid.
    team: () => bigOrganisation(builtinFramework()),
    show: (page: Page) => scrollTo(page, 'Coverage by product team'),
  })),
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `team-toolbar-${colorScheme}`,
    colorScheme,
    // The import, export and blank-matrix buttons above 2,000 people in several roles.
    team: () => bigOrganisation(builtinFramework()),
    show: (page: Page) => goTo(page, 'Team'),
  })),
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `plan-organisation-${colorScheme}`,
    colorScheme,
    team: () => bigOrganisation(builtinFramework()),
    show: (page: Page) => goTo(page, 'Hiring plan'),
  })),
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `role-fit-${colorScheme}`,
    colorScheme,
    // The nine-person team in five roles: everyone fits their own role.
    team: () => ({ members: nineMembers(builtinFramework()), organisation: nineOrganisation() }),
    show: (page: Page) => scrollTo(page, 'Role fit'),
  })),
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `plan-nine-${colorScheme}`,
    colorScheme,
    team: () => ({ members: nineMembers(builtinFramework()), organisation: nineOrganisation() }),
    show: (page: Page) => goTo(page, 'Hiring plan'),
  })),
  { name: 'member-dark', colorScheme: 'dark', show: (page) => openMember(page, 'Kwame Mensah', 'Details') },
  {
    name: 'frameworks-dark',
    colorScheme: 'dark',
    show: async (page) => {
      await goTo(page, 'Frameworks');
      await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Edit' }).click();
    },
  },
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `scenario-departure-${colorScheme}`,
    colorScheme,
    // "Priya leaves": her work to absorb, and the scenario's own hires.
    show: async (page: Page) => {
      await goTo(page, 'Hiring plan');
      await page.locator('.scenario-item__name', { hasText: 'Priya leaves' }).click();
      await scrollTo(page, 'Today vs “Priya leaves”');
    },
  })),
  // Planning under constraints: the plan within a limit of one hire, the timeline of Priya's
  // dated departure, two candidates compared, the published benchmarks and the settings.
  ...(['light', 'dark'] as const).flatMap((colorScheme) => [
    {
      name: `plan-budget-${colorScheme}`,
      colorScheme,
      dataDir: dataDirWithPlanning,
      show: async (page: Page) => {
        await goTo(page, 'Hiring plan');
        await scrollTo(page, 'Plan within your limit');
      },
    },
    {
      name: `plan-timeline-${colorScheme}`,
      colorScheme,
      dataDir: dataDirWithPlanning,
      show: async (page: Page) => {
        await goTo(page, 'Hiring plan');
        await page.getByLabel('Timeline of').selectOption({ label: 'Scenario: Priya leaves' });
        await page.getByRole('list', { name: 'Risk windows' }).waitFor();
        await page
          .getByLabel('Timeline of')
          .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      },
    },
    {
      name: `plan-candidates-${colorScheme}`,
      colorScheme,
      dataDir: dataDirWithPlanning,
      show: async (page: Page) => {
        await goTo(page, 'Hiring plan');
        await page
          .getByRole('heading', { name: 'Candidates', exact: true })
          .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      },
    },
    {
      name: `benchmarks-${colorScheme}`,
      colorScheme,
      dataDir: dataDirWithPlanning,
      show: (page: Page) => scrollTo(page, 'Published benchmarks'),
    },
    {
      name: `settings-planning-${colorScheme}`,
      colorScheme,
      dataDir: dataDirWithPlanning,
      show: async (page: Page) => {
        await goTo(page, 'Settings');
        await scrollTo(page, 'Hiring and planning');
      },
    },
  ]),
  { name: 'settings-dark', colorScheme: 'dark', show: (page) => goTo(page, 'Settings') },
  { name: 'dashboard-light', colorScheme: 'light', show: () => Promise.resolve() },
  { name: 'dashboard-dark', colorScheme: 'dark', show: () => Promise.resolve() },
  { name: 'member-light', colorScheme: 'light', show: (page) => openMember(page, 'Kwame Mensah', 'Details') },
  {
    name: 'team-light',
    colorScheme: 'light',
    show: async (page) => {
      await openMember(page, 'Kwame Mensah', 'Edit');
      await clearLevel(page, 'hypothesis-testing');
      // The assessment grid and the time allocation, below the member's details.
      await page
        .getByRole('heading', { name: 'Assessment' })
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    },
  },
  {
    name: 'team-dark',
    colorScheme: 'dark',
    show: async (page) => {
      await openMember(page, 'Kwame Mensah', 'Edit');
      await clearLevel(page, 'hypothesis-testing');
      await page
        .getByRole('heading', { name: 'Assessment' })
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    },
  },
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `heatmap-${colorScheme}`,
    colorScheme,
    // The dashboard's skills heatmap with its key (levels, "not assessed", areas).
    show: async (page: Page) => {
      await saveOneUnassessed(page);
      await page
        .getByRole('heading', { name: 'Skills heatmap' })
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    },
  })),
  { name: 'plan-light', colorScheme: 'light', show: (page) => goTo(page, 'Hiring plan') },
  { name: 'plan-dark', colorScheme: 'dark', show: (page) => goTo(page, 'Hiring plan') },
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `plan-structure-${colorScheme}`,
    colorScheme,
    show: async (page: Page) => {
      await goTo(page, 'Hiring plan');
      // The structure advice, below the hires: each line with the numbers behind it.
      await page
        .getByRole('heading', { name: 'Team structure' })
        .evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    },
  })),
  {
    name: 'frameworks-light',
    colorScheme: 'light',
    show: async (page) => {
      await goTo(page, 'Frameworks');
      await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Edit' }).click();
    },
  },
  { name: 'settings-light', colorScheme: 'light', show: (page) => goTo(page, 'Settings') },
  ...(['light', 'dark'] as const).map((colorScheme) => ({
    name: `import-${colorScheme}`,
    colorScheme,
    show: async (page: Page, app: RunningApp) => {
      const file = join(app.exportsDir, 'skills-matrix.xlsx');
      await writeSampleMatrix(file);
      await openImport(page, app, file);
    },
  })),
  // A manager's own workbook (saved by LibreOffice: title rows, job titles, word levels, time
  // shares, a Team average row) over 2,000 people: the roles read from titles, then every row.
  ...(['light', 'dark'] as const).flatMap((colorScheme) => [
    {
      name: `import-roles-${colorScheme}`,
      colorScheme,
      team: () => bigOrganisation(builtinFramework()),
      show: async (page: Page, app: RunningApp) => {
        await openImport(page, app, MANAGER_SHEET);
        await scrollTo(page, 'Roles');
      },
    },
    {
      name: `import-rows-${colorScheme}`,
      colorScheme,
      team: () => bigOrganisation(builtinFramework()),
      show: async (page: Page, app: RunningApp) => {
        await openImport(page, app, MANAGER_SHEET);
        await scrollTo(page, 'Rows');
      },
    },
  ]),
];

for (const shot of SHOTS) {
  it(`docs/screenshots/${shot.name}.png`, async () => {
    await withApp(
      async (app) => {
        const { page } = app;
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
        await shot.show(page, app);
        await chartsSettled(page);
        const file = join(OUT, `${shot.name}.png`);
        await page.screenshot({ path: file });
        expect((await stat(file)).size).toBeGreaterThan(20_000);
      },
      {
        colorScheme: shot.colorScheme,
        viewport: VIEWPORT,
        ...(shot.dataDir
          ? { dataDir: await shot.dataDir() }
          : shot.team
            ? { dataDir: await dataDirWith(shot.team()) }
            : {}),
      },
    );
  });
}
