import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness/suite';

// The "assess a member" flow with the keyboard alone: no click, no pointer.

const { withApp } = e2eSuite();

interface Focused {
  tag: string;
  role: string | null;
  name: string;
  /** The accessible name of the radiogroup the focus is in, if any. */
  group: string | null;
  /** Whether a focus indicator is drawn (outline or box-shadow). */
  indicated: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelOf = (node: Element | null) => {
      if (!node) return '';
      const by = node.getAttribute('aria-labelledby');
      if (by)
        return by
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      return (
        node.getAttribute('aria-label') ??
        (node as HTMLInputElement).labels?.[0]?.textContent ??
        node.textContent ??
        ''
      ).trim();
    };
    const group = el?.closest('[role="radiogroup"]') ?? null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      role: el?.getAttribute('role') ?? null,
      name: labelOf(el),
      group: group ? labelOf(group) : null,
      indicated:
        !!style && ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'),
    };
  });
}

/** Presses Tab until the focus matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}

describe('keyboard only', () => {
  it('assesses a member: open them, set levels and time, save', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const member = store.data().members.find((m) => m.name === 'Kwame Mensah') ?? store.data().members[0]!;

      // The documented shortcut to the Team screen, then Tab to the member and Enter.
      await page.keyboard.press('Control+2');
      await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
      const row = await tabTo(page, member.name, (f) => f.name.includes(member.name) && f.tag === 'button');
      expect(row.indicated).toBe(true);
      await page.keyboard.press('Enter');
      await page.locator('section.editor').waitFor();

      // Into the assessment grid: one Tab stop per skill; digits set, arrows move the level.
      const radio = await tabTo(page, 'the Data storytelling levels', (f) => f.group === 'Data storytelling');
      expect(radio.role).toBe('radio');
      expect(radio.indicated).toBe(true);
      await page.keyboard.press('4');
      await page.keyboard.press('ArrowLeft');
      expect(await focused(page)).toMatchObject({ group: 'Data storytelling', name: '3 Practitioner' });
      await tabTo(page, 'the Cloud ML services levels', (f) => f.group === 'Cloud ML services');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');

      // Time allocation: type into the responsibility's field.
      await tabTo(
        page,
        'the Data pipelines time field',
        (f) => f.tag === 'input' && f.name.startsWith('Data pipelines (ETL)'),
      );
      await page.keyboard.press('Control+A');
      await page.keyboard.type('25');

      const save = await tabTo(page, 'Save', (f) => f.tag === 'button' && f.name === 'Save');
      expect(save.indicated).toBe(true);
      await page.keyboard.press('Enter');
      await page.locator('section.editor').getByRole('status').getByText('Saved').waitFor();

      const saved = store.data().members.find((m) => m.id === member.id)!;
      expect(saved.levels['data-storytelling']).toBe(3);
      expect(saved.levels['cloud-ml-services']).toBe(2);
      expect(saved.allocation['data-pipelines']).toBe(25);
    });
  });
  it('asks before leaving unsaved levels: Escape stays; Delete clears to not assessed; Ctrl+S saves, then nothing asks', async () => {
    await withApp(async (app) => {
      const { page, store } = app;
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const member = store.data().members.find((m) => m.name === 'Kwame Mensah') ?? store.data().members[0]!;
      await page.keyboard.press('Control+2');
      await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
      await tabTo(page, member.name, (f) => f.name.includes(member.name) && f.tag === 'button');
      await page.keyboard.press('Enter');
      await page.locator('section.editor').waitFor();
      await tabTo(page, 'the Data storytelling levels', (f) => f.group === 'Data storytelling');
      await page.keyboard.press('Delete');
      await page.locator('section.editor').getByText('Unsaved changes').waitFor();

      // Ctrl+1 asks; Escape (the native dialog's cancel) stays on the Team screen with the draft.
      await page.keyboard.press('Control+1');
      const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
      await dialog.waitFor();
      expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Save' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByRole('heading', { name: 'Team', level: 1 }).isVisible()).toBe(true);

      // Ctrl+S saves: the cleared level is stored as no entry at all.
      await page.keyboard.press('Control+s');
      await page.locator('section.editor').getByRole('status').getByText('Saved').waitFor();
      expect('data-storytelling' in store.data().members.find((m) => m.id === member.id)!.levels).toBe(false);

      // Nothing unsaved now: Ctrl+1 goes straight to the dashboard.
      await page.keyboard.press('Control+1');
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    });
  });
});
