import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Framework, Member } from '@shared/domain';
import { builtinFramework } from '@shared/io';
import { nineMembers } from '../support/nine-person-team';
import { goTo } from './harness/probes';
import { e2eSuite } from './harness/suite';

// A real 9-person team entered through the UI as a new user would: five scientists (two
// running pipelines, warehouse and deployment), a data engineer, an ML engineer, an
// analytics engineer and a BI developer in three product teams. The app must flag no
// mismatch, leave the BI developer's data modelling uncarried, and plan one data-engineer
// hire that takes the two scientists' work, screened for it.

const { withApp } = e2eSuite();

async function enterMember(page: Page, framework: Framework, member: Member): Promise<void> {
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Add member' }).first().click();
  const editor = page.locator('section.editor');
  await editor.getByLabel('Name').fill(member.name);
  const role = framework.roles.find((r) => r.id === member.role)!;
  await editor.getByLabel('Role').selectOption({ label: role.name });
  await editor.getByLabel('Product team').fill(member.productTeam);
  const skillName = (id: string) => framework.skills.find((s) => s.id === id)!.name;
  for (const [skillId, level] of Object.entries(member.levels)) {
    await editor
      .getByRole('radiogroup', { name: skillName(skillId), exact: true })
      .locator(`[data-level="${level}"]`)
      .click();
  }
  for (const [skillId, percent] of Object.entries(member.allocation)) {
    await editor.getByRole('spinbutton', { name: skillName(skillId), exact: true }).fill(String(percent));
  }
  await editor.getByRole('button', { name: 'Add member' }).click();
  await editor.getByRole('status').getByText('Saved').waitFor();
}

/** A chart card's table view, as text cells per body row. */
async function tableRows(page: Page, card: string): Promise<string[][]> {
  const region = page.getByRole('region', { name: card });
  await region.getByRole('button', { name: 'Show table' }).click();
  return region
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((tr) => Array.from(tr.children).map((cell) => cell.textContent ?? '')));
}

describe('a real 9-person team, entered through the UI', () => {
  it('flags no mismatch, counts only the scientists as carrying, and plans one data engineer for their work', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page.getByRole('button', { name: 'Clear the sample team' }).click();
      await page.getByRole('heading', { name: 'This is a sample team' }).waitFor({ state: 'detached' });

      const framework = builtinFramework();
      for (const member of nineMembers(framework)) await enterMember(page, framework, member);
      const stored = store.data();
      expect(stored.members.map((m) => [m.name, m.role, m.productTeam])).toEqual(
        nineMembers(framework).map((m) => [m.name, m.role, m.productTeam]),
      );

      await goTo(page, 'Dashboard');
      // No mismatch: everyone fits the role they are employed as.
      const fits = await tableRows(page, 'Role fit');
      expect(fits).toHaveLength(9);
      expect(fits.map((r) => [r[0], r.at(-1)])).toEqual(stored.members.map((m) => [m.name, 'No']));
      // Carried engineering work: only the two scientists; the BI developer's modelling is hers.
      const allocation = await tableRows(page, 'Time allocation');
      const carried = (name: string) => Number(allocation.find((r) => r[0] === name)![1]);
      expect(carried('Dev Patel')).toBe(45);
      expect(carried('Chloe Martin')).toBe(35);
      for (const name of ['Ivo Novak', 'Hana Suzuki', 'Gus Moreau']) expect(carried(name)).toBe(0);

      await goTo(page, 'Hiring plan');
      const engineers = page
        .getByRole('list', { name: 'Recommended hires' })
        .locator('li.hire-card[data-role="data-engineer"]');
      await expect(engineers.count()).resolves.toBe(1);
      await expect(engineers.getAttribute('data-count')).resolves.toBe('1');
      const card = (await engineers.textContent()) ?? '';
      expect(card).toContain('Dev Patel 45 %');
      expect(card).toContain('Chloe Martin 35 %');
      const screen = await engineers.locator('.screen-list li').allTextContents();
      for (const work of ['Data pipelines (ETL)', 'ML build / deployment pipelines', 'Data warehouse solutions']) {
        expect(screen.some((line) => line.startsWith(work))).toBe(true);
      }
    });
  });
});
