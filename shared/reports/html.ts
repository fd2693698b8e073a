import type { Report } from './json-report';

/** Text for HTML: the five characters that could start markup or break an attribute. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  @page { size: A4; margin: 16mm 14mm; }
  body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1d22; margin: 0; }
  h1 { font-size: 19pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 18pt 0 6pt; border-bottom: 1px solid #c9ccd3; padding-bottom: 2pt; break-after: avoid; }
  p.meta { color: #555b66; margin: 0 0 10pt; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 1px solid #e1e3e8; }
  th { background: #f1f3f6; }
  tr { break-inside: avoid; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .high { color: #a1460a; font-weight: 600; }
  blockquote { margin: 6pt 0; padding-left: 8pt; border-left: 3px solid #c9ccd3; color: #444a55; font-style: italic; }
  ul { padding-left: 16pt; }
`;

function table(header: string[], rows: (string | number)[][], numeric: number[] = []): string {
  const cell = (tag: 'th' | 'td', v: string | number, i: number) =>
    `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(v)}</${tag}>`;
  return `<table><thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', v, i)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/**
 * The hiring plan as a standalone, script-free HTML page for printing to PDF. Every value
 * is escaped; the page's own CSP allows nothing but its inline style.
 */
export function reportToHtml(report: Report): string {
  const a = report.analysis;
  const s = a.summary;
  const sep = a.separation;
  const plan = a.plan;
  const parts: string[] = [];
  parts.push(`<h1>Hiring plan — ${escapeHtml(a.organisation.name)}</h1>`);
  parts.push(
    `<p class="meta">${escapeHtml(a.framework.name)} ${escapeHtml(a.framework.version)} · ${s.members} members: ${s.scientists} in data-science roles, ${s.engineers} in data-engineering roles</p>`,
  );
  parts.push('<h2>Summary</h2><ul>');
  parts.push(
    `<li><strong>${s.hiresRecommended}</strong> hire${s.hiresRecommended === 1 ? '' : 's'} recommended${plan.optimal ? ' (the fewest that close every closable gap)' : ' (best found; not proven minimal)'}.</li>`,
  );
  parts.push(
    `<li>${s.skillsWithGaps} of ${s.requiredSkills} required skills below the coverage policy (${s.uncoveredSkills} held by nobody, ${s.singlePointsOfFailure} single points of failure).</li>`,
  );
  parts.push(
    `<li>Data scientists carry <strong>${sep.engineeringFteCarriedByScientists} FTE</strong> of data-engineering work; ${s.scientistsOverThreshold} over the ${sep.thresholdPercent} % threshold.</li></ul>`,
  );

  parts.push('<h2>Recommended hires</h2>');
  parts.push(
    plan.hires.length === 0
      ? '<p>No hires needed.</p>'
      : table(
          ['#', 'Role', 'Priority', 'Product team', 'Screen for', 'Why'],
          plan.hires.map((h) => [
            h.number,
            h.roleName,
            h.priority,
            h.productTeam ?? '—',
            h.screenFor.map((x) => `${x.name} (${x.levelName})`).join(', ') || '—',
            h.reasons.join(' '),
          ]),
          [0],
        ),
  );

  parts.push('<h2>Data scientists carrying data-engineering work</h2>');
  parts.push(
    sep.carriers.length === 0
      ? '<p>No data scientist spends time on data-engineering responsibilities.</p>'
      : table(
          ['Member', 'Product team', 'Engineering share', 'FTE', 'Over threshold'],
          sep.carriers.map((c) => [
            c.name,
            c.productTeam || '—',
            `${c.engineeringPercent} %`,
            c.engineeringFte,
            c.overThreshold ? 'yes' : 'no',
          ]),
          [2, 3],
        ),
  );

  parts.push('<h2>Team structure</h2>');
  parts.push(`<p>Organisation size: <strong>${escapeHtml(sep.structure.sizeClass)}</strong>.</p>`);
  parts.push(
    `<ul><li><strong>Data science:</strong> ${escapeHtml(sep.structure.dataScience.summary)}</li><li><strong>Data engineering:</strong> ${escapeHtml(sep.structure.dataEngineering.summary)}</li></ul>`,
  );
  parts.push(`<blockquote>${escapeHtml(sep.structure.dataEngineering.source)}</blockquote>`);

  parts.push('<h2>Upskilling alternatives</h2>');
  parts.push(
    plan.upskilling.length === 0
      ? '<p>Nobody is one level short of a skill with a gap.</p>'
      : table(
          ['Member', 'Skill', 'Now', 'Needed'],
          plan.upskilling.map((u) => [u.name, u.skillName, u.currentLevel, u.requiredLevel]),
          [2, 3],
        ),
  );

  parts.push('<h2>Residual gaps</h2>');
  parts.push(
    plan.residualGaps.length === 0
      ? '<p>None: every gap can be closed by a hire.</p>'
      : `<ul>${plan.residualGaps.map((g) => `<li><strong>${escapeHtml(g.name)}</strong> (${g.gap} short): ${escapeHtml(g.reason)}</li>`).join('')}</ul>`,
  );

  parts.push('<h2>Skill coverage</h2>');
  parts.push(
    table(
      ['Skill', 'Required level', 'People at level', 'Needed', 'Best level', 'Status'],
      a.coverage
        .filter((c) => c.status !== 'not-required')
        .map((c) => [c.name, c.requiredLevel, c.holders, c.needed, c.bestLevel, c.status.replace(/-/g, ' ')]),
      [1, 2, 3, 4],
    ),
  );

  const title = `Hiring plan — ${escapeHtml(a.organisation.name)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>${STYLE}</style></head>
<body>${parts.join('\n')}</body></html>
`;
}
