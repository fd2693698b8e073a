// Writes the corpus's source files and has LibreOffice convert them to .xlsx (see README.md).
// Run from the repository root: node test/corpus/libreoffice/make-corpus.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const framework = JSON.parse(readFileSync(join(ROOT, 'resources', 'frameworks', 'ds-vs-de.json'), 'utf8'));
const SKILLS = framework.skills.slice(0, 4).map((skill) => skill.name);

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A cell: text (a line break makes a second paragraph, as Alt+Enter does), a number, or a
 * spec — { text, rows, columns } for a merged one, { date: 'yyyy-mm-dd' } for a date cell,
 * { percent: 0.8 } for a number shown as 80 %.
 */
function cell(value) {
  if (value === null) return '<table:table-cell/>';
  if (value === 'covered') return '<table:covered-table-cell/>';
  const spec = typeof value === 'object' ? value : { text: value };
  const span =
    (spec.rows ? ` table:number-rows-spanned="${spec.rows}"` : '') +
    (spec.columns ? ` table:number-columns-spanned="${spec.columns}"` : '');
  if (spec.date !== undefined) {
    return `<table:table-cell table:style-name="ce-date" office:value-type="date" office:date-value="${spec.date}"><text:p>${spec.date}</text:p></table:table-cell>`;
  }
  if (spec.percent !== undefined) {
    return `<table:table-cell table:style-name="ce-percent" office:value-type="percentage" office:value="${spec.percent}"><text:p>${Math.round(spec.percent * 100)}%</text:p></table:table-cell>`;
  }
  if (typeof spec.text === 'number') {
    return `<table:table-cell${span} office:value-type="float" office:value="${spec.text}"><text:p>${spec.text}</text:p></table:table-cell>`;
  }
  const lines = spec.text.split('\n');
  const wrap = lines.length > 1 ? ' table:style-name="ce-wrap"' : '';
  return `<table:table-cell${span}${wrap} office:value-type="string">${lines.map((line) => `<text:p>${escape(line)}</text:p>`).join('')}</table:table-cell>`;
}

/** Cell styles the cells above name: a yyyy-mm-dd date, a whole percentage, wrapped text. */
const STYLES = `<office:automatic-styles>
<number:date-style style:name="N-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<number:percentage-style style:name="N-percent"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="ce-date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N-date"/>
<style:style style:name="ce-percent" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N-percent"/>
<style:style style:name="ce-wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
</office:automatic-styles>`;

const fods = (sheetName, rows) => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
${STYLES}
<office:body><office:spreadsheet><table:table table:name="${escape(sheetName)}">
${rows.map((row) => `<table:table-row>${row.map(cell).join('')}</table:table-row>`).join('\n')}
</table:table></office:spreadsheet></office:body></office:document>
`;

/**
 * The people of merged-team.xlsx: [name, role, team]; role and team are merged down over
 * each run of equal values. Names cover an apostrophe-led value, formula-looking text and unicode.
 */
export const PEOPLE = JSON.parse(readFileSync(join(HERE, 'people.json'), 'utf8'));

/** Each person's value in column `k`, merged over a run of equal values. */
function mergedColumn(k) {
  return PEOPLE.map((person, i) => {
    if (i > 0 && PEOPLE[i - 1][k] === person[k]) return 'covered';
    let rows = 1;
    while (i + rows < PEOPLE.length && PEOPLE[i + rows][k] === person[k]) rows++;
    return rows > 1 ? { text: person[k], rows } : person[k];
  });
}

function mergedTeamSheet() {
  const width = 3 + SKILLS.length;
  const roles = mergedColumn(1);
  const teams = mergedColumn(2);
  return [
    [{ text: 'Data team skills, spring review', columns: width }, ...Array(width - 1).fill('covered')],
    [null, null, null, { text: 'Skills', columns: SKILLS.length }, ...Array(SKILLS.length - 1).fill('covered')],
    ['Name', 'Role', 'Product team', ...SKILLS],
    ...PEOPLE.map((person, i) => [person[0], roles[i], teams[i], ...SKILLS.map((_, s) => ((i + s) % 4) + 1)]),
  ];
}

/*
 * manager-sheet.xlsx: a data manager's own workbook, not the app's layout. Two title rows and
 * a blank row above the header; "Employee", "Job Title" (no role column), "Squad"; FTE as
 * 1 or 80 %; real date cells; a note with a line break; time on three responsibilities in
 * three header styles; word levels with N/A and blanks; "Machine Learning" rates two skills
 * of the framework and "Airflow" and "dbt" one (orchestration); a "Team average" row.
 * manager-sheet-unknown-title.xlsx is the same but for one job title no role matches.
 */
const E = 'Expert';
const P = 'Practitioner';
const I = 'Intermediate';
const B = 'Beginner';
const NA = 'N/A';
const _ = null;
const pct = (percent) => ({ percent });
const day = (date) => ({ date });

const MANAGER_HEADER = [
  'Employee',
  'Job Title',
  'Squad',
  'FTE',
  'Assessed on',
  'Statistics',
  'Machine Learning',
  'Python',
  'SQL',
  'Spark',
  'Airflow',
  'dbt',
  'Dashboards',
  'Pipelines %',
  '% time on data modelling',
  'Deployment (%)',
  'Notes',
];

/** One row per person, in MANAGER_HEADER's order (one a line, as the sheet shows them); Oliver Grant's title is `staffTitle`. */
// prettier-ignore
const managerPeople = (staffTitle) => [
  ['Priyanka Iyer', 'Senior Data Scientist', 'Checkout', 1, day('2026-10-06'), E, E, P, P, B, I, _, I, 30, pct(0.1), 10, 'Built the nightly checkout ETL.\nWants to hand it to an engineer.'],
  ['Tomás Herrera', 'Data Scientist', 'Recommendations', pct(0.8), day('2026-10-07'), P, P, E, I, I, P, B, NA, 20, _, 15, _],
  ['Aisha Okafor', 'Lead Data Scientist', 'Search', 1, day('2026-09-29'), E, E, E, P, NA, B, _, P, _, pct(0.1), _, "Leads the scientists' guild"],
  ['Yuki Mori', 'Data Scientist', 'Checkout', pct(0.8), day('2026-10-08'), P, I, P, P, I, P, P, B, 40, pct(0.2), 10, _],
  ['Lars Eriksen', 'Data Engineer', 'Checkout', 1, day('2026-10-01'), B, NA, E, E, E, E, P, I, 70, pct(0.2), _, _],
  ['Mina Park', 'Senior Data Engineer', 'Search', 1, day('2026-10-02'), NA, B, P, E, P, E, E, B, 50, pct(0.3), 10, _],
  ['Mateo Ruiz', 'ML Engineer', 'Recommendations', 1, day('2026-10-05'), P, E, E, I, P, I, _, NA, 10, _, 50, _],
  ['Hannah Vogel', 'Analytics Engineer', 'Search', 1, day('2026-10-05'), I, B, I, E, _, P, E, P, 20, pct(0.5), _, _],
  ['Kofi Asante', 'BI Developer', 'Checkout', pct(0.8), day('2026-10-09'), I, NA, B, P, _, _, B, E, _, pct(0.1), _, _],
  ['Sofía Marín', 'Data Analyst', 'Recommendations', 1, day('2026-10-09'), P, B, I, P, _, _, _, P, _, _, _, 'New in October'],
  ['Oliver Grant', staffTitle, 'Recommendations', 1, _, P, E, E, P, I, I, _, B, _, _, 20, 'Not assessed yet'],
  ['Grace Liu', 'Data Engineer', 'Recommendations', 1, day('2026-10-02'), B, NA, P, E, E, P, I, _, 60, pct(0.1), _, _],
];

function managerSheet(staffTitle) {
  const width = MANAGER_HEADER.length;
  const blank = Array(width).fill(null);
  const title = (text) => [text, ...Array(width - 1).fill(null)];
  return [
    title('Data team skills — Q4 2026'),
    title('Owner: Maria Jensen, Head of Data (updated after the October reviews)'),
    blank,
    MANAGER_HEADER,
    ...managerPeople(staffTitle),
    // The average of the percent column is a percent cell too, as AVERAGE() of one shows.
    ['Team average', _, _, 0.95, _, 2.8, 2.6, 3.1, 3.2, 2.9, 3, 2.7, 2.4, 37.5, pct(0.2), 19.2, _],
  ];
}

function convert(dir, source) {
  execFileSync(
    'soffice',
    [
      '-env:UserInstallation=file:///tmp/lo-profile-corpus',
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      HERE,
      source,
    ],
    { stdio: 'inherit' },
  );
}

/**
 * The app's own files, written through esbuild from the TypeScript sources: the export of
 * the sample team (app-export.xlsx) and the blank matrix of the built-in framework
 * (template.xlsx).
 */
async function appFiles(dir) {
  const { build } = await import('esbuild');
  const entry = join(dir, 'export.ts');
  writeFileSync(
    entry,
    `import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initialData } from '${ROOT}/shared/data';
import { builtinFramework } from '${ROOT}/shared/io';
import { teamMatrixToXlsx } from '${ROOT}/shared/interchange/write-matrix';
import { matrixTemplateToXlsx } from '${ROOT}/shared/interchange/write-template';
import team from '${ROOT}/resources/sample-team.json';
const out = process.argv[2];
void (async () => {
  writeFileSync(join(out, 'app-export.xlsx'), await teamMatrixToXlsx(initialData(team as never, builtinFramework())));
  writeFileSync(join(out, 'template.xlsx'), await matrixTemplateToXlsx(builtinFramework()));
})();
`,
  );
  const out = join(dir, 'export.cjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    outfile: out,
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    nodePaths: [join(ROOT, 'node_modules')],
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [out, dir], { stdio: 'inherit' });
  return { exported: join(dir, 'app-export.xlsx'), template: join(dir, 'template.xlsx') };
}

const dir = mkdtempSync(join(tmpdir(), 'gapwise-lo-corpus-'));
try {
  const source = join(dir, 'merged-team.fods');
  writeFileSync(source, fods('Team', mergedTeamSheet()));
  convert(dir, source);
  for (const [name, staffTitle] of [
    ['manager-sheet', 'Staff Machine Learning Engineer'],
    ['manager-sheet-unknown-title', 'Head of Data Products'],
  ]) {
    const manager = join(dir, `${name}.fods`);
    writeFileSync(manager, fods('Skills Q4', managerSheet(staffTitle)));
    convert(dir, manager);
  }
  // LibreOffice re-saves of the app's export and blank matrix: opened and saved again as .xlsx.
  const { exported, template } = await appFiles(dir);
  for (const [from, name] of [
    [exported, 'app-export-resaved.xlsx'],
    [template, 'template-resaved.xlsx'],
  ]) {
    const resave = join(dir, name);
    execFileSync('cp', [from, resave]);
    convert(dir, resave);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
