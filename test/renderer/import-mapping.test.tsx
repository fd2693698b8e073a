import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RawCell, RawWorkbook } from '@shared/interchange/types';
import { choosing, closeDialog, importButton, openDialog, workbook } from './import-dialog';
import { byText, setValue, settle } from './render';

// The import dialog's mapping of a manager's own sheet: roles from job titles, columns with
// nowhere else to go (notes, dates, time shares), a column rating several skills, and every
// row shown as it will be stored, each one leave-out-able.

afterEach(closeDialog);

const sheetOf = (rows: RawCell[][]): RawWorkbook => ({
  fileName: 'skills.xlsx',
  format: 'xlsx',
  sheets: [{ name: 'Team', rows }],
});

const select = (container: HTMLElement, label: string) => {
  const found = container.querySelector<HTMLSelectElement>(`select[aria-label='${label}']`);
  if (!found) throw new Error(`no select labelled ${label}`);
  return found;
};

async function press(element: HTMLElement, key: string) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

const counts = (container: HTMLElement) => container.querySelector('.import__counts')!.textContent;

async function runImport(container: HTMLElement) {
  await act(async () => importButton(container).click());
  await settle();
}

describe('the import dialog: roles', () => {
  it('reads roles from job titles, shows what it guessed, and waits for the user on a title no role has', async () => {
    const { container, main } = await openDialog(
      choosing(
        sheetOf([
          ['Name', 'Job Title', 'Squad', 'Spark'],
          ['Zoe Park', 'Senior Data Scientist', 'Checkout', 2],
          ['Omar Ali', 'ML Engineer', 'Checkout', 3],
          ['Lena Berg', 'BI Developer', 'Growth', 1],
          ['Sam Cole', 'Head of Insights', 'Growth', 2],
          ['Ines Roy', 'ML Engineer', 'Growth', 4],
        ]),
      ),
    );
    expect(select(container, 'Read column "Job Title" as').value).toBe('title');
    const roles = container.querySelector('.import__roles')!;
    const guessed = Array.from(roles.querySelectorAll('tbody tr')).map((tr) => [
      tr.querySelector('th')!.textContent,
      tr.querySelector('td')!.textContent,
      tr.querySelector('select')!.value,
    ]);
    expect(guessed).toEqual([
      ['Senior Data Scientist', '1', 'data-scientist'],
      ['ML Engineer', '2', 'ml-engineer'],
      ['BI Developer', '1', 'data-analyst'],
      ['Head of Insights', '1', ''],
    ]);
    expect(byText(roles, 'th', 'Head of Insights').closest('tr')!.className).toBe('import__unmatched');
    expect(container.querySelector('.import__errors')!.textContent).toContain(
      'Row 5 ("Sam Cole"), column "Job Title": title "Head of Insights" names no role of the framework',
    );
    expect(importButton(container).disabled).toBe(true);

    await setValue(select(container, 'Role for "Head of Insights"'), 'data-analyst');
    expect(container.querySelector('.import__errors')).toBeNull();
    await runImport(container);
    const stored = main.current().members.filter((m) => m.productTeam === 'Growth' || m.name === 'Zoe Park');
    expect(stored.map((m) => [m.name, m.role, m.title])).toEqual([
      ['Zoe Park', 'data-scientist', 'Senior Data Scientist'],
      ['Lena Berg', 'data-analyst', 'BI Developer'],
      ['Sam Cole', 'data-analyst', 'Head of Insights'],
      ['Ines Roy', 'ml-engineer', 'ML Engineer'],
    ]);
  });

  it('shows each person as stored: someone already here keeps their role where the file gives only the default', async () => {
    const noRoles = workbook();
    noRoles.sheets[0]!.rows = noRoles.sheets[0]!.rows.map((row) => row.filter((_, i) => i !== 1));
    const { container, main } = await openDialog(choosing(noRoles));
    const defaultRole = byText(container, '.import__field span', 'Default role, for people the file gives none')
      .closest('label')!
      .querySelector('select')!;
    await setValue(defaultRole, 'data-engineer');
    const detail = (name: string) =>
      byText(container, '.import-row__name', name).closest('[role="row"]')!.querySelector('.import-row__detail')!
        .textContent;
    // Her stored levels stay beside the two the file gives: the count is of the levels stored.
    const aikoLevels = new Set([
      ...Object.keys(main.current().members.find((m) => m.name === 'Aiko Tanaka')!.levels),
      'data-pipelines',
      'big-data-technologies',
    ]).size;
    expect(detail('Aiko Tanaka')).toBe(`Data scientist (kept) · Supply chain · 1 FTE · ${aikoLevels} skills assessed`);
    expect(detail('Ada Quinn')).toBe('Data engineer (default) · Checkout · 1 FTE · 2 skills assessed');
    const outcome = (name: string) =>
      byText(container, '.import-row__name', name).closest('[role="row"]')!.querySelector('.import-row__status')!
        .textContent;
    expect([outcome('Aiko Tanaka'), outcome('Ada Quinn')]).toEqual(['Updates', 'New']);

    const aikoBefore = main.current().members.find((m) => m.name === 'Aiko Tanaka')!;
    await runImport(container);
    const aiko = main.current().members.find((m) => m.name === 'Aiko Tanaka')!;
    expect([aiko.role, aiko.fte, aiko.allocation]).toEqual([aikoBefore.role, aikoBefore.fte, aikoBefore.allocation]);
    expect(main.current().members.find((m) => m.name === 'Ada Quinn')!.role).toBe('data-engineer');
  });
});

describe('the import dialog: columns', () => {
  it('reads notes, assessed-on dates and shares of time, and stores them', async () => {
    const { container, main } = await openDialog(
      choosing(
        sheetOf([
          ['Name', 'Role', 'Notes', 'Assessed on', 'Pipelines %', 'Deployment (%)', 'Spark'],
          ['Zoe Park', 'Data scientist', 'Owns the churn model\nMentors two', '2026-11-02', 30, '10%', 'Expert'],
        ]),
      ),
    );
    expect(
      ['Notes', 'Assessed on', 'Pipelines %', 'Deployment (%)'].map(
        (h) => select(container, `Read column "${h}" as`).value,
      ),
    ).toEqual(['notes', 'assessedOn', 'allocation:data-pipelines', 'allocation:ml-deployment-pipelines']);
    await runImport(container);
    expect(main.current().members.find((m) => m.name === 'Zoe Park')).toMatchObject({
      notes: 'Owns the churn model\nMentors two',
      assessedOn: '2026-11-02',
      allocation: { 'data-pipelines': 30, 'ml-deployment-pipelines': 10 },
      levels: { 'big-data-technologies': 4 },
    });
  });

  it('lets one column rate several skills, and takes a skill off again', async () => {
    const { container, main } = await openDialog();
    const also = () => select(container, 'Column "Spark" also rates');
    await setValue(also(), 'data-security');
    const chips = container.querySelector('[aria-label=\'Column "Spark" also rates\'] li');
    expect(chips?.textContent).toBe('Data security×');
    // The added skill is not offered twice; the column's own is not offered at all.
    const offered = Array.from(also().options).map((o) => o.value);
    expect(offered).not.toContain('data-security');
    expect(offered).not.toContain('big-data-technologies');
    await setValue(also(), 'data-modelling');
    await act(async () =>
      container
        .querySelector<HTMLButtonElement>('button[aria-label=\'Stop reading "Spark" as Data modelling\']')!
        .click(),
    );
    await runImport(container);
    expect(main.current().members.find((m) => m.name === 'Ada Quinn')!.levels).toEqual({
      'data-pipelines': 3,
      'big-data-technologies': 4,
      'data-security': 4,
    });
  });
});

describe('the import dialog: rows', () => {
  it('lists every row with its outcome; a row can be left out, and a totals row taken in', async () => {
    const { container, main } = await openDialog();
    const rowsOf = () =>
      Array.from(container.querySelectorAll('.import__rows-inner [role="row"]')).map((r) => [
        r.querySelector('.import-row__number')!.textContent,
        r.querySelector('.import-row__status')!.textContent,
      ]);
    expect(rowsOf()).toEqual([
      ['4', 'New'],
      ['5', 'Updates'],
      ['6', 'Left out'],
    ]);
    const box = (label: string) => container.querySelector<HTMLInputElement>(`input[aria-label='${label}']`)!;
    await act(async () => box('Import row 4 (Ada Quinn)').click());
    expect(counts(container)).toBe('1 person ready, 2 rows left out.');
    expect(importButton(container).textContent).toBe('Import 1 person');

    // "Total" taken in is read as a person, whose empty role then holds the import.
    await act(async () => box('Import row 6').click());
    expect(counts(container)).toBe('1 person ready, 1 row with errors, 1 row left out.');
    expect(importButton(container).disabled).toBe(true);
    await act(async () => box('Import row 6 (Total)').click());
    await runImport(container);
    expect(main.current().members.some((m) => m.name === 'Ada Quinn' || m.name === 'Total')).toBe(false);
  });

  it('renders only the rows in view of a long sheet, and says how many there are', async () => {
    const people: RawCell[][] = Array.from({ length: 400 }, (_, i) => [`Person ${i + 1}`, 'Data engineer', i % 5]);
    const { container } = await openDialog(choosing(sheetOf([['Name', 'Role', 'Spark'], ...people])));
    const table = container.querySelector('.import__rows')!;
    expect(table.getAttribute('aria-rowcount')).toBe('401');
    const shown = table.querySelectorAll('.import__rows-inner [role="row"]').length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(40);
    expect(counts(container)).toBe('400 people ready.');

    // The keyboard moves between rows (End to the last one drawn or not: see the e2e test).
    const box = (index: number) => table.querySelector<HTMLInputElement>(`input[data-index="${index}"]`);
    box(0)!.focus();
    await press(box(0)!, 'ArrowDown');
    expect(document.activeElement).toBe(box(1));
    await press(box(1)!, 'PageDown');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Import row 11 (Person 10)');
  });
});
