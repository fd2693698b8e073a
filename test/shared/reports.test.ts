import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { THEMES } from '@shared/design/tokens';
import {
  buildReport,
  planToCsv,
  reportFor,
  reportJsonSchema,
  reportToJson,
  reportToHtml,
  reportToMarkdown,
} from '@shared/reports';
import { toCsv } from '@shared/encode/csv';
import { htmlText } from '@shared/encode/html';
import { markdownCell, markdownText } from '@shared/encode/markdown';
import { neutraliseCell } from '@shared/encode/spreadsheet-text';
import { builtinFramework, ROOT, sampleTeam } from '../support/fixtures';

const team = sampleTeam();
const input = { framework: builtinFramework(), organisation: team.organisation, members: team.members };
const report = reportFor(input, team.scenarios);
const { analysis } = report;

describe('JSON report', () => {
  it('validates against the documented schema (docs/report.schema.json)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const ok = validate(JSON.parse(reportToJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema can fail: a report missing its plan does not validate.
    const broken = JSON.parse(reportToJson(report));
    delete broken.analysis.plan;
    expect(validate(broken)).toBe(false);
  });

  it('the committed schema is the one generated from the code (run `npm run schema:report`)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'docs/report.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it('carries kind, schemaVersion and every scenario', () => {
    expect(report).toMatchObject({ kind: 'gapwise-report', schemaVersion: 3 });
    expect(report.scenarios.map((s) => s.scenarioId)).toEqual(team.scenarios!.map((s) => s.id));
  });
});

describe('Markdown report', () => {
  const md = reportToMarkdown(report);

  it('has the plan, the carriers, the structure advice and the coverage', () => {
    for (const heading of [
      '# Hiring plan — Northwind Retail',
      '## Recommended hires',
      '## Data scientists carrying data-engineering work',
      '## Team structure',
      '## Upskilling alternatives',
      '## Residual gaps',
      '## Skill coverage',
      '## Member fit',
      '## Scenarios',
    ]) {
      expect(md).toContain(heading);
    }
    for (const hire of analysis.plan.hires)
      expect(md).toContain(`| ${hire.number} | ${markdownCell(hire.roleName)} | ${hire.priority} |`);
    for (const c of analysis.separation.carriers) expect(md).toContain(markdownCell(c.name));
    expect(md).toContain(markdownText(analysis.structure.dataEngineering.summary));
  });

  it('escapes table cells so a name cannot break the table', () => {
    expect(markdownCell('a|b\nc')).toBe('a\\|b c');
    const odd = analyzeTeam({
      ...input,
      members: input.members.map((m, i) => (i === 0 ? { ...m, name: 'Ana | <b>Lima</b>' } : m)),
    });
    const text = reportToMarkdown(buildReport(odd));
    expect(text).toContain('Ana \\| &lt;b&gt;Lima&lt;/b&gt;');
    // The carriers table has 5 columns: 6 unescaped pipes on Ana's row, however her name reads.
    const row = text.split('\n').find((l) => l.startsWith('| Ana') && l.includes('Recommendations'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, also in multi-line cells', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '\0x', 'safe\n=HYPERLINK("x")', 'ok\r\n@a']) {
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    }
    for (const fine of ['Data pipelines', 'a=b', 'x-y', '', 'multi\nline']) expect(neutraliseCell(fine)).toBe(fine);
  });

  it('is RFC 4180: CRLF rows, quotes doubled, fields with commas, quotes or breaks quoted', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        ['Lima, Ana', 'said "hi"'],
        ['B', 'line1\nline2'],
        ['=evil()', 3],
      ],
    );
    expect(csv).toBe('name,note\r\n"Lima, Ana","said ""hi"""\r\nB,"line1\nline2"\r\n\'=evil(),3\r\n');
    const back = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
    expect(back).toEqual([
      ['name', 'note'],
      ['Lima, Ana', 'said "hi"'],
      ['B', 'line1\nline2'],
      ["'=evil()", '3'],
    ]);
  });

  it('exports the plan as hires, upskilling and residual gaps', () => {
    const rows = Papa.parse<Record<string, string>>(planToCsv(report).trimEnd(), {
      header: true,
      newline: '\r\n',
    }).data;
    const hires = rows.filter((r) => r.type === 'hire');
    expect(hires).toHaveLength(analysis.plan.hires.length);
    expect(hires[0]).toMatchObject({ number: '1', role: analysis.plan.hires[0]!.roleName, priority: 'high' });
    expect(rows.filter((r) => r.type === 'upskill')).toHaveLength(analysis.plan.upskilling.length);
    const hostile = planToCsv(
      buildReport({
        ...analysis,
        plan: { ...analysis.plan, residualGaps: [{ skillId: 'x', name: '=cmd|/c calc', gap: 1, reason: 'r' }] },
      }),
    );
    expect(hostile).toContain("'=cmd|/c calc");
    expect(hostile).not.toMatch(/(^|,|\r\n)=cmd/);
  });
});

describe('structure advice in every format', () => {
  // A product team named to break each format: HTML tags, a Markdown table pipe, a formula.
  const hostileTeam = '=HYPERLINK("x")|<img src=x onerror=alert(1)>';
  const odd = buildReport(
    analyzeTeam({
      ...input,
      members: input.members.map((m) => (m.productTeam === 'Checkout' ? { ...m, productTeam: hostileTeam } : m)),
    }),
  );

  it('counts the renamed team from its members', () => {
    expect(odd.analysis.structure.productTeams.map((t) => t.name)).toContain(hostileTeam);
  });

  it('CSV: one structure row per line of advice, with its numbers, the team name neutralised', () => {
    const rows = Papa.parse<Record<string, string>>(planToCsv(report).trimEnd(), {
      header: true,
      newline: '\r\n',
    }).data.filter((r) => r.type === 'structure');
    const { dataScience, dataEngineering } = analysis.structure;
    expect(rows).toHaveLength(2 + dataScience.units.length + dataEngineering.units.length);
    expect(rows[0]).toMatchObject({
      role: 'Data science',
      reason: `${dataScience.summary} Based on: ${dataScience.basis}`,
    });
    expect(planToCsv(odd)).not.toMatch(/(^|,|\r\n)=HYPERLINK/);
  });

  it('Markdown and HTML: the advice with its numbers, team names escaped', () => {
    const md = reportToMarkdown(report);
    for (const line of [analysis.structure.dataScience, analysis.structure.dataEngineering]) {
      expect(md).toContain(markdownCell(line.basis));
    }
    expect(md).toContain('## Product teams');
    const oddMd = reportToMarkdown(odd);
    expect(oddMd).not.toContain('<img');
    expect(oddMd).toContain(markdownCell(hostileTeam));
    const oddHtml = reportToHtml(odd);
    expect(oddHtml).not.toContain('<img');
    expect(oddHtml).toContain(htmlText(hostileTeam));
  });
});

describe('HTML report (printed to PDF)', () => {
  it('has the plan and escapes every value', () => {
    const html = reportToHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).not.toMatch(/<script/i);
    for (const hire of analysis.plan.hires) expect(html).toContain(htmlText(hire.roleName));
    expect(html).toContain(htmlText(analysis.structure.dataEngineering.summary));
    const hostile = reportToHtml(
      buildReport(
        analyzeTeam({
          ...input,
          organisation: { ...input.organisation, name: '<img src=x onerror=alert(1)>' },
        }),
      ),
    );
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it("is printed in the light theme's token colours", () => {
    const style = /<style>([\s\S]*)<\/style>/.exec(reportToHtml(report))![1]!;
    const { text, textMuted, border, borderStrong, surfaceSunken, quoteBar } = THEMES.light.colours;
    for (const colour of [text, textMuted, border, borderStrong, surfaceSunken, quoteBar]) {
      expect(style).toContain(colour);
    }
    // Nothing but those: every colour in the style is a light-theme token.
    const tokens = new Set(Object.values(THEMES.light.colours).map((c) => c.toLowerCase()));
    expect(
      [...style.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => m[0].toLowerCase()).filter((c) => !tokens.has(c)),
    ).toEqual([]);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(htmlText(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
