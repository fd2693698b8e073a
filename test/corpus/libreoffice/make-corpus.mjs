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

/** A cell: text, a number, or { text, rows, columns } for a merged one. */
function cell(value) {
  if (value === null) return '<table:table-cell/>';
  if (value === 'covered') return '<table:covered-table-cell/>';
  const spec = typeof value === 'object' ? value : { text: value };
  const span =
    (spec.rows ? ` table:number-rows-spanned="${spec.rows}"` : '') +
    (spec.columns ? ` table:number-columns-spanned="${spec.columns}"` : '');
  if (typeof spec.text === 'number') {
    return `<table:table-cell${span} office:value-type="float" office:value="${spec.text}"><text:p>${spec.text}</text:p></table:table-cell>`;
  }
  return `<table:table-cell${span} office:value-type="string"><text:p>${escape(spec.text)}</text:p></table:table-cell>`;
}

const fods = (sheetName, rows) => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
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
