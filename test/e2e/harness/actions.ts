import type { Page } from 'playwright-core';
import { goTo } from './probes';

/** Creates a scenario with planned hires of the given roles (ids), through the plan screen's form. */
export async function addScenario(page: Page, name: string, roles: string[]): Promise<void> {
  await goTo(page, 'Hiring plan');
  await page.getByRole('button', { name: 'New scenario' }).click();
  const form = page.getByRole('form', { name: 'New scenario' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  for (const [i, role] of roles.entries()) {
    await form.getByRole('button', { name: 'Add planned hire' }).click();
    await form.locator(`select[name="hire-${i}-role"]`).selectOption(role);
  }
  await form.getByRole('button', { name: /Save/ }).click();
  await page.getByRole('heading', { name: `Today vs “${name}”` }).waitFor();
}

export interface NewMember {
  name: string;
  /** Skill name → level (0–4), set with the assessment grid. */
  levels?: Record<string, number>;
  /** Responsibility name → percent of time. */
  allocation?: Record<string, number>;
}

/** Adds a member through the Team screen's editor and waits for main's acknowledgement. */
export async function addMember(page: Page, member: NewMember): Promise<void> {
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Add member' }).first().click();
  const editor = page.locator('section.editor');
  await editor.getByLabel('Name').fill(member.name);
  for (const [skill, level] of Object.entries(member.levels ?? {})) {
    await editor.getByRole('radiogroup', { name: skill, exact: true }).locator(`[data-level="${level}"]`).click();
  }
  for (const [responsibility, percent] of Object.entries(member.allocation ?? {})) {
    await editor.getByRole('spinbutton', { name: responsibility, exact: true }).fill(String(percent));
  }
  await editor.getByRole('button', { name: 'Add member' }).click();
  await editor.getByRole('status').getByText('Saved').waitFor();
}
