import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readJson } from '../support/fixtures';

/* The real CLI, built as `npm run build` builds it, run as a child process. */

const BIN = join(ROOT, 'bin', 'gapwise.cjs');
const SAMPLE = join(ROOT, 'resources', 'sample-team.json');
let dir: string;

function gapwise(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gapwise analyze', () => {
  it('prints a Markdown plan that flags scientists carrying engineering work, DE hires with reasons and the structure advice', () => {
    const r = gapwise('analyze', SAMPLE, '--format', 'md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Hiring plan — /);
    expect(r.stdout).toMatch(/\| Kwame Mensah \| Checkout \| 60 % \| 0\.6 \| yes \|/);
    expect(r.stdout).toMatch(
      /\| 1 \| Data engineer \| high \| .*Takes over [\d.]+ FTE of data-engineering work in \w+, carried by data scientists/,
    );
    // The sample has one data engineer for three product teams: one shared team, with its numbers.
    expect(r.stdout).toMatch(/\*\*Data engineering:\*\* Keep the 1 data engineer in one shared data engineering team/);
    expect(r.stdout).toMatch(
      /\| Data engineering \| Keep the 1 data engineer .* \| 1 data engineer for 3 product teams \(Checkout&#x3A; 2 scientists, 1 engineer/,
    );
    // Dated under its title (made when, as of which assessments); Markdown is the default format.
    const meta =
      /^Made \d{4}-\d{2}-\d{2} \d{2}&#x3A;\d{2} UTC · Northwind Retail · Assessments as of 2026-01-19 to 2026-02-11 · Framework&#x3A; .+$/m;
    expect(r.stdout.split('\n')[2]).toMatch(meta);
    const undated = (text: string) => text.replace(meta, '');
    expect(undated(gapwise('analyze', SAMPLE).stdout)).toBe(undated(r.stdout));
  });

  it('--format json validates against docs/report.schema.json', () => {
    const r = gapwise('analyze', SAMPLE, '--format', 'json');
    expect(r.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(
      report.analysis.plan.hires.filter((h: { roleId: string }) => h.roleId === 'data-engineer').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('--format csv gives one row per hire, upskilling candidate and residual gap', () => {
    const r = gapwise('analyze', SAMPLE, '-f', 'csv');
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trimEnd(), { header: true, newline: '\r\n' });
    expect(rows.errors).toEqual([]);
    expect(rows.data.filter((x) => x.type === 'hire').length).toBeGreaterThan(0);
  });

  it('--out writes the whole file and nothing on failure', () => {
    const out = join(dir, 'plan.md');
    const r = gapwise('analyze', SAMPLE, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Hiring plan/);
    const before = readFileSync(out, 'utf8');
    const broken = write('broken.json', '{"kind": "gapwise-team",');
    expect(gapwise('analyze', broken, '--out', out).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(gapwise('analyze', SAMPLE, '--out', join(dir, 'no-such-folder', 'x.md')).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('uses a framework file given with --framework', () => {
    const fw = readJson('resources/frameworks/ds-vs-de.json') as { roles: { name: string }[] };
    fw.roles[1]!.name = 'Platform engineer';
    const r = gapwise('analyze', SAMPLE, '--framework', write('fw.json', fw));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Platform engineer |');
  });
});

describe('bad input exits 2 with one line naming the place', () => {
  const expectBadInput = (r: ReturnType<typeof gapwise>, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  };

  it('a missing file', () => {
    expectBadInput(gapwise('analyze', 'nowhere.json'), /^gapwise: nowhere\.json: file not found$/m);
  });

  it('invalid JSON', () => {
    const file = write('bad.json', '{\n  "kind": "gapwise-team",\n  "members": [,]\n}');
    expectBadInput(gapwise('analyze', file), /bad\.json: invalid JSON at line 3, column 15: expected a value/);
  });

  it('a wrong type deep in a member', () => {
    const team = readJson('resources/sample-team.json') as {
      members: { fte: unknown; levels: Record<string, unknown> }[];
    };
    team.members[3]!.levels['big-data-technologies'] = '2';
    expectBadInput(
      gapwise('analyze', write('wrong-type.json', team)),
      /wrong-type\.json: members\[3\]\.levels\.big-data-technologies: expected number, received string/,
    );
  });

  it('an unknown skill id', () => {
    const team = readJson('resources/sample-team.json') as { members: { levels: Record<string, number> }[] };
    team.members[6]!.levels['quantum-etl'] = 2;
    expectBadInput(
      gapwise('analyze', write('unknown-skill.json', team)),
      /unknown-skill\.json: members\[6\]\.levels\.quantum-etl: unknown skill id "quantum-etl"/,
    );
  });

  it('a framework with a duplicate skill id', () => {
    const fw = readJson('resources/frameworks/ds-vs-de.json') as { skills: { id: string }[] };
    fw.skills[5]!.id = 'data-pipelines';
    const file = write('dup-fw.json', fw);
    expectBadInput(
      gapwise('analyze', SAMPLE, '--framework', file),
      /dup-fw\.json: skills\[\d+\]\.id: duplicate skill id "data-pipelines"/,
    );
    expectBadInput(gapwise('validate', file), /dup-fw\.json: skills\[\d+\]\.id: duplicate skill id/);
  });

  it('usage mistakes', () => {
    expectBadInput(gapwise('analyze', SAMPLE, '--format', 'docx'), /--format must be one of md, pdf, json, csv, xlsx/);
    expectBadInput(gapwise('analyze'), /name a team file/);
    expectBadInput(gapwise('frobnicate'), /unknown command "frobnicate"/);
    expectBadInput(gapwise('analyze', SAMPLE, '--colour'), /Unknown option '--colour'/);
    expect(gapwise().code).toBe(2);
  });
});

describe('other commands', () => {
  it('--help and --version', () => {
    const help = gapwise('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'gapwise analyze <team.json|data.json|team.xlsx|team.csv|-> [--map <file>] [--framework <file>]',
    );
    expect(help.stdout).toContain('[--format md|pdf|json|csv|xlsx] [--kind summary|brief|detail]');
    const version = gapwise('--version');
    expect(version.stdout.trim()).toBe((readJson('package.json') as { version: string }).version);
  });

  it('sample prints a team that validate and analyze accept', () => {
    const sample = gapwise('sample');
    expect(sample.code).toBe(0);
    expect(JSON.parse(sample.stdout)).toEqual(readJson('resources/sample-team.json'));
    const file = write('sample.json', sample.stdout);
    expect(gapwise('validate', file)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/valid team "Northwind Retail" \(8 members, 3 scenarios\)/),
    });
    expect(gapwise('validate', join(ROOT, 'resources/frameworks/ds-vs-de.json')).stdout).toMatch(
      /valid framework .* \(32 skills, 5 roles\)/,
    );
    expect(existsSync(file)).toBe(true);
  });
});

describe('spreadsheets: gapwise analyze team.xlsx | team.csv', () => {
  const CSV = [
    '\uFEFFSkills matrix',
    '',
    'Name;Role;Squad;Data Pipelines (ETL);SPARK;Storytelling;Guru level',
    'Ada Quinn;Data engineer;Checkout;3;Expert;1;x',
    'Bo Lind;Data scientist;Checkout;1;0;Practitioner;y',
    'Total;;;4;;;',
  ].join('\r\n');
  const GURU_LEFT_OUT =
    'gapwise: team.csv: column "Guru level" left out: no field or skill of the framework has this name; ' +
    'map it with --map, e.g. {"columns": {"Guru level": "skill:<skill id>"}}, or "ignore" it\n' +
    'gapwise: team.csv: row 6 left out: totals row ("Total")\n';

  it("reads a CSV matrix with the app's mapping rules and plans hires for it", () => {
    write('team.csv', CSV);
    const r = gapwise('analyze', 'team.csv', '--format', 'json');
    expect(r.stderr).toBe(GURU_LEFT_OUT);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { analysis: { summary: { members: number } } };
    expect(report.analysis.summary.members).toBe(2);
    expect(gapwise('validate', 'team.csv').stdout).toBe(
      'team.csv: valid skills matrix (2 people; 1 column with values left out, listed above)\n',
    );
  });

  it('reads the same matrix from Excel', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Team');
    for (const line of CSV.replace('\uFEFF', '').split('\r\n')) sheet.addRow(line === '' ? [] : line.split(';'));
    await workbook.xlsx.writeFile(join(dir, 'team.xlsx'));
    const csv = gapwise('analyze', 'team.csv', '--format', 'md');
    const xlsx = gapwise('analyze', 'team.xlsx', '--format', 'md');
    expect(xlsx.stderr).toBe(GURU_LEFT_OUT.replaceAll('team.csv', 'team.xlsx'));
    expect(xlsx.code).toBe(0);
    // Excel keeps "3" as text here, as typed: the same plan as the CSV, whatever the format.
    expect(xlsx.stdout.replaceAll('team.xlsx', 'team.csv')).toBe(csv.stdout);
  });

  it('names every row in error (row and column) and exits 2', () => {
    write('bad.csv', CSV.replace('Expert', 'Guru').replace('1;0;Practitioner', '1;7;Practitioner'));
    const r = gapwise('analyze', 'bad.csv');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      GURU_LEFT_OUT.replaceAll('team.csv', 'bad.csv').split('\n')[0],
      'gapwise: bad.csv: row 6 left out: totals row ("Total")',
      expect.stringMatching(/^gapwise: bad\.csv: row 4 \("Ada Quinn"\), column "SPARK": .*Guru/),
      expect.stringMatching(/^bad\.csv: row 5 \("Bo Lind"\), column "SPARK": 7 is above/),
      'bad.csv: level label "guru" not on the scale; give it a level with --map, e.g. {"levels": {"guru": 4}}',
    ]);
  });

  it('--map maps columns and labels the detection cannot, and names a bad key', () => {
    write('bad.csv', CSV.replace('Expert', 'Guru'));
    write('map.json', {
      columns: { 'Guru level': 'ignore', Storytelling: 'skill:data-storytelling' },
      levels: { Guru: 4 },
    });
    const mapped = gapwise('analyze', 'bad.csv', '--map', 'map.json', '--format', 'json');
    expect(mapped.stderr).toBe(
      'gapwise: bad.csv: column "Guru level" left out: ignored as the --map file says\n' +
        'gapwise: bad.csv: row 6 left out: totals row ("Total")\n',
    );
    // The user chose to leave it out: not a reason for --strict to fail.
    expect(gapwise('analyze', 'bad.csv', '--map', 'map.json', '--strict', '--format', 'json').code).toBe(0);
    expect(mapped.code).toBe(0);
    write('wrong-map.json', { columns: { SPARK: 'skill:quantum-etl' } });
    const wrong = gapwise('analyze', 'bad.csv', '--map', 'wrong-map.json');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^gapwise: wrong-map\.json: columns\."SPARK": unknown skill id "quantum-etl"\n$/);
    expect(gapwise('analyze', SAMPLE, '--map', 'map.json').stderr).toMatch(/--map applies to spreadsheets/);
  });

  it('refuses a file that is not a spreadsheet, naming it', () => {
    write('fake.xlsx', 'not a workbook at all');
    const r = gapwise('analyze', 'fake.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gapwise: fake\.xlsx: /);
  });
});

/** A control a terminal would obey: any C0 or C1 control or DEL but LF, CR before LF, and tab. */
// eslint-disable-next-line no-control-regex -- finding raw controls is what these tests check
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

describe('nothing from a file reaches the terminal as a control character', () => {
  const HOSTILE = 'Ada\u001b]0;pwned\u0007\u0000 Q\u001b[2J\b\u000b';

  it('a member name with ESC, BEL, NUL, BS and VT: shown visibly in every format, exact with --out', () => {
    const team = readJson('resources/sample-team.json') as { members: { name: string }[] };
    team.members[0]!.name = HOSTILE;
    const file = write('hostile.json', team);
    for (const format of ['md', 'csv', 'json']) {
      const r = gapwise('analyze', file, '--format', format);
      expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
      if (r.code === 0) {
        // Markdown and CSV show the pictures; JSON escapes them, so it parses to the same name.
        expect(r.stdout).toContain(format === 'json' ? 'Ada\\u001b]0;pwned' : 'Ada␛]0;pwned␇␀ Q␛[2J␈');
      } else {
        // The team schema may refuse control characters in names: the refusal shows which.
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^gapwise: .*hostile\.json: members\[0\]\.name: .*(␛|\\u001b)/);
      }
    }
    const out = join(dir, 'hostile.md');
    if (gapwise('analyze', file, '--out', out).code === 0) {
      // The report trims the trailing VT as white space; the rest is there raw.
      expect(readFileSync(out, 'utf8')).toContain('Ada\u001b]0;pwned\u0007\u0000 Q\u001b[2J');
    }
  });

  it('a refusal that echoes a control character shows it visibly', () => {
    const team = readJson('resources/sample-team.json') as { members: { levels: Record<string, number> }[] };
    team.members[1]!.levels['q\u001b[2Jx'] = 2;
    const r = gapwise('analyze', write('hostile-key.json', team));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toMatch(/hostile-key\.json: members\[1\]\.levels.*q(␛|\\u001b)\[2Jx/);
  });

  it('row errors show the controls a CSV can hold and cut a 10,000-character cell', () => {
    // The CSV reader refuses C0 controls other than tab and line breaks as binary data.
    write('hostile.csv', ['Name;Role;Spark', `Ada;Boss\u009b2J\u000b\u202e;${'9'.repeat(10_000)}x`].join('\n'));
    const r = gapwise('validate', 'hostile.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toContain('\u202e');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'gapwise: hostile.csv: row 2 ("Ada"), column "Role": role "Boss<U+009B>2J␋<U+202E>" names no role of the framework; map it with --map, e.g. {"roles": {"Boss<U+009B>2J\\u000b<U+202E>": "<role id>"}} (role ids: data-scientist, data-engineer, ml-engineer, analytics-engineer, data-analyst, other), or set "defaultRole"',
      `hostile.csv: row 2 ("Ada"), column "Spark": "${'9'.repeat(80)}…" (9,921 more characters) is not a level of the scale; map it to a level or fix the cell`,
    ]);
    for (const line of lines) expect(line.length).toBeLessThan(400);
  });

  it('Excel cells written as _x001B_ are shown, not obeyed', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const JSZip = (await import('jszip')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Team');
    sheet.addRow(['Name', 'Role', 'Spark']);
    sheet.addRow(['NAME-MARK', 'Data engineer', 3]);
    sheet.addRow(['Bo', 'Data scientist', 'LEVEL-MARK']);
    // Excel writes a control character in a cell as _x001B_; ExcelJS writes none, so patch its XML.
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file(
      'xl/sharedStrings.xml',
      strings.replace('NAME-MARK', 'Ada_x001B_]0;pwned_x0007_').replace('LEVEL-MARK', 'Guru_x001B_[2J'),
    );
    writeFileSync(join(dir, 'hostile.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const refused = gapwise('validate', 'hostile.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).not.toMatch(RAW_CONTROL);
    expect(refused.stderr).toContain('row 3 ("Bo"), column "Spark": "Guru␛[2J" is not a level of the scale');
    write('hostile-levels.json', { columns: {}, levels: { 'guru 2j': 3 } });
    const analyzed = gapwise('analyze', 'hostile.xlsx', '--map', 'hostile-levels.json');
    expect(analyzed.stdout + analyzed.stderr).not.toMatch(RAW_CONTROL);
    if (analyzed.code === 0) expect(analyzed.stdout).toContain('Ada␛]0;pwned␇');
    else expect(analyzed.stderr).toMatch(/␛/);
  });
});

describe('columns the import leaves out are said, and --strict refuses them', () => {
  const MATRIX = [
    'Name,Role,Spark,Machine Learning,Data Visualization,Notes,Empty,',
    'Ada Quinn,Data engineer,3,2,1,hi,,',
    'Bo Lind,Data scientist,1,4,3,,,',
  ].join('\n');

  it('validate and analyze list each one with why and the --map that maps it', () => {
    write('left-out.csv', MATRIX);
    const validate = gapwise('validate', 'left-out.csv');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toBe(
      'left-out.csv: valid skills matrix (2 people; 1 column with values left out, listed above)\n',
    );
    // "Notes" are imported as notes; "Machine Learning" rates both skills its alias names, and says so.
    expect(validate.stderr.trimEnd().split('\n')).toEqual([
      'gapwise: left-out.csv: column "Data Visualization" left out: no field or skill of the framework has this name (it may be "Data visualisation", an alias of "Data storytelling"); map it with --map, e.g. {"columns": {"Data Visualization": "skill:data-storytelling"}}, or "ignore" it',
      'gapwise: left-out.csv: column "Empty" left out: nothing under the header',
      'gapwise: left-out.csv: column "Machine Learning" rates 2 skills (ML model development (training / testing), Machine learning algorithms); to rate one, map it with --map, e.g. {"columns": {"Machine Learning": "skill:ml-model-development"}}',
    ]);
    const analyze = gapwise('analyze', 'left-out.csv');
    expect(analyze.code).toBe(0);
    expect(analyze.stderr).toBe(validate.stderr);
  });

  it('--strict fails either command unless every column with values is mapped or ignored in --map', () => {
    write('left-out.csv', MATRIX);
    for (const command of ['validate', 'analyze']) {
      const r = gapwise(command, 'left-out.csv', '--strict');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/\ngapwise: left-out\.csv: --strict: 1 column with values left out \(listed above\)/);
    }
    write('left-out-map.json', {
      columns: {
        'Machine Learning': 'skill:ml-algorithms',
        'Data Visualization': 'skill:data-storytelling',
        Notes: 'ignore',
      },
    });
    const mapped = gapwise('validate', 'left-out.csv', '--strict', '--map', 'left-out-map.json');
    expect(mapped).toMatchObject({ code: 0, stdout: 'left-out.csv: valid skills matrix (2 people)\n' });
    expect(mapped.stderr.trimEnd().split('\n')).toEqual([
      'gapwise: left-out.csv: column "Notes" left out: ignored as the --map file says',
      'gapwise: left-out.csv: column "Empty" left out: nothing under the header',
    ]);
  });
});

describe("a manager's own sheet: job titles, time shares, notes and a totals row", () => {
  const SHEET = [
    'Data team skills,,,,,',
    ',,,,,',
    'Employee,Job Title,Pipelines %,Notes,Python,SQL',
    'Priya Raman,Senior ML Engineer,20,"Owns serving\nand retraining",Expert,3',
    'Jonas Weber,Quant,40,,Practitioner,N/A',
    'Lea Chen,BI Developer,,,Beginner,4',
    'Team average,,30,,2.8,3.5',
  ].join('\n');

  it('reads roles from titles and leaves the totals row out; --map gives only the title it cannot know', () => {
    write('own.csv', SHEET);
    const plain = gapwise('validate', 'own.csv');
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(
      'own.csv: row 5 ("Jonas Weber"), column "Job Title": title "Quant" names no role of the framework; map it with --map, e.g. {"roles": {"Quant": "<role id>"}}',
    );
    write('own-map.json', { roles: { Quant: 'data-scientist' }, levels: { Beginner: 1 } });
    const mapped = gapwise('analyze', 'own.csv', '--map', 'own-map.json', '--format', 'json');
    expect(mapped.stderr).toContain('gapwise: own.csv: row 7 left out: totals row ("Team average")');
    expect(mapped.code).toBe(0);
    const report = JSON.parse(mapped.stdout) as { analysis: { summary: { members: number } } };
    expect(report.analysis.summary.members).toBe(3);
    write('skip-map.json', { roles: { Quant: 'data-scientist' }, levels: { Beginner: 1 }, skipRows: [6] });
    const skipped = gapwise('validate', 'own.csv', '--map', 'skip-map.json');
    expect(skipped.stdout).toBe('own.csv: valid skills matrix (2 people)\n');
    expect(skipped.stderr).toContain('row 6 left out: in "skipRows" of the --map file');
  });
});

describe('problems a mapping would fix say which --map key to use', () => {
  it('a name header detection does not know', () => {
    write('full-name.csv', 'Skills\n\nName (First Last),Role,Spark\nAda Quinn,Data engineer,3\n');
    const r = gapwise('validate', 'full-name.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^gapwise: full-name\.csv: .*no header row.*; row 3 names 1 skill but no column reads as the names; map the name column with --map, e\.g\. \{"headerRow": 3, "columns": \{"Name \(First Last\)": "name"\}\}\n$/,
    );
    write('full-name-map.json', { columns: { 'Name (First Last)': 'name' } });
    expect(gapwise('validate', 'full-name.csv', '--map', 'full-name-map.json').code).toBe(0);
  });

  it('no role column: one line, not one per row', () => {
    write('no-role.csv', 'Name,Group,Spark\nAda Quinn,Data engineer,3\nBo Lind,Data scientist,1\n');
    const r = gapwise('analyze', 'no-role.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'gapwise: no-role.csv: sheet "no-role", row 1: no column holds the roles or job titles (every person needs a role: Data scientist, Data engineer, ML engineer, Analytics engineer, Data analyst / BI developer); map the role or job-title column with --map, e.g. {"columns": {"Group": "role"}}, or give everyone one role with {"defaultRole": "data-scientist"}\n',
    );
    write('no-role-map.json', { defaultRole: 'data-engineer', columns: { Group: 'ignore' } });
    expect(gapwise('validate', 'no-role.csv', '--map', 'no-role-map.json').stdout).toBe(
      'no-role.csv: valid skills matrix (2 people)\n',
    );
  });

  it('the help names --strict and says how left-out columns are reported', () => {
    const help = gapwise('--help').stdout;
    expect(help).toContain('[--strict]');
    expect(help).toMatch(/--strict +fail \(exit 2\) if any column with values is left out/);
  });
});

describe('standard input and binary output through the real process', () => {
  it('"-" reads piped JSON; --format xlsx goes to a pipe as the workbook', async () => {
    const piped = spawnSync(process.execPath, [BIN, 'analyze', '-', '--format', 'json'], {
      cwd: dir,
      input: readFileSync(SAMPLE),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(gapwise('analyze', SAMPLE, '--format', 'json').stdout);

    const xlsx = spawnSync(process.execPath, [BIN, 'analyze', SAMPLE, '--format', 'xlsx'], {
      cwd: dir,
      timeout: 30_000,
    });
    expect(xlsx.stderr.toString()).toBe('');
    expect(xlsx.status).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.stdout as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toContain('Hires');
  });
});
