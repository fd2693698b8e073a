import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { analyzeTeam } from '@shared/analysis';
import { BLOCK_CONTROL, showControls } from '@shared/encode/control';
import { markdownCell, markdownText } from '@shared/encode/markdown';
import { buildReport, reportToMarkdown } from '@shared/reports';
import { builtinFramework, sampleTeam } from '../../support/fixtures';
import { HOSTILE_TEXTS, hostileText } from './hostile-text';

/*
 * The Markdown encoder judged by a real CommonMark renderer, set up as permissively as the
 * wikis managers paste into: raw HTML passed through, bare URLs linkified, GFM tables and
 * strikethrough on. Whatever a name holds, it must render as exactly its text.
 */
const renderer = new MarkdownIt({ html: true, linkify: true });

/** The text a renderer shows for the encoded value, and every element it made. */
function renderInline(markdown: string): { text: string; elements: string[] } {
  const tokens = renderer.parseInline(markdown, {})[0]?.children ?? [];
  return {
    text: tokens.map((t) => (t.type === 'text' ? t.content : '')).join(''),
    elements: tokens.filter((t) => t.type !== 'text').map((t) => t.type),
  };
}

/** What a reader should see: the text on one line, controls as pictures. */
const shown = (value: string): string =>
  showControls(value.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ').replace(/\t/g, ' '), '', false);

function elementsOf(tokens: Token[], into = new Set<string>()): Set<string> {
  for (const t of tokens) {
    if (t.type === 'inline') elementsOf(t.children ?? [], into);
    else if (t.type !== 'text' && t.type !== 'softbreak') into.add(t.tag || t.type);
  }
  return into;
}

describe('Markdown text from data', () => {
  it('renders as exactly its text, with no element, whatever it holds', () => {
    fc.assert(
      fc.property(hostileText(), (value) => {
        const { text, elements } = renderInline(markdownText(value));
        expect(elements).toEqual([]);
        expect(text).toBe(shown(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps each hostile example literal', () => {
    for (const value of HOSTILE_TEXTS) {
      const html = renderer.renderInline(markdownText(value));
      expect(html, value).not.toMatch(/<(?!\/?(?:br)\b)[a-z]/i);
      expect(html, value).not.toContain('href');
      expect(html, value).not.toMatch(BLOCK_CONTROL);
    }
  });

  it('stays inside its table cell', () => {
    fc.assert(
      fc.property(fc.array(hostileText(), { minLength: 2, maxLength: 4 }), (cells) => {
        const header = cells.map((_, i) => `c${i}`);
        const md = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
        md.push(`| ${cells.map(markdownCell).join(' | ')} |`);
        const tokens = renderer.parse(md.join('\n'), {});
        const body = tokens.filter((t) => t.type === 'td_open');
        expect(body).toHaveLength(cells.length);
        const inlines = tokens
          .slice(tokens.findIndex((t) => t.type === 'tbody_open'))
          .filter((t) => t.type === 'inline');
        expect(inlines.map((t) => (t.children ?? []).filter((c) => c.type !== 'text').map((c) => c.type))).toEqual(
          cells.map(() => []),
        );
        expect(inlines.map((t) => (t.content.length === 0 ? '' : renderInline(t.content).text))).toEqual(
          // A table trims a cell's outer white space (String.prototype.trim, so U+3000 and
          // no-break spaces too); inside, the text is exact.
          cells.map((c) => shown(c).trim()),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('the Markdown report, rendered', () => {
  const team = sampleTeam();
  const framework = builtinFramework();
  const REPORT_ELEMENTS = new Set([
    'h1',
    'h2',
    'p',
    'ul',
    'li',
    'strong',
    'blockquote',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ]);

  it("holds no element beyond the report's own when names, skills and roles are hostile", () => {
    fc.assert(
      fc.property(fc.array(hostileText(), { minLength: 6, maxLength: 6 }), (names) => {
        const fw = {
          ...framework,
          name: names[0]!,
          skills: framework.skills.map((s, i) => (i === 0 ? { ...s, name: names[1]! } : s)),
          roles: framework.roles.map((r, i) => (i === 0 ? { ...r, name: names[2]! } : r)),
        };
        const members = team.members.map((m, i) => (i < 3 ? { ...m, name: names[3 + i]! } : m));
        const organisation = { ...team.organisation, name: names[5]! };
        const md = reportToMarkdown(buildReport(analyzeTeam({ framework: fw, organisation, members })));
        const elements = elementsOf(renderer.parse(md, {}));
        for (const element of elements) expect(REPORT_ELEMENTS, element).toContain(element);
        expect(md).not.toMatch(BLOCK_CONTROL);
      }),
      { numRuns: 60 },
    );
  });
});
