import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { showControls } from '@shared/encode/control';
import { barChartSvg } from '@shared/reports/document/svg-chart';
import { documentToMarkdown } from '@shared/reports/document/to-markdown';
import { GAPS_CHART, HOSTILE, LOAD_CHART, longDocument, META, shortDocument } from './documents';

/*
 * The Markdown judged by a real CommonMark renderer, set up as permissively as the wikis
 * managers paste into (raw HTML on, bare URLs linkified, GFM tables), and letting SVG data:
 * images through as VS Code's preview and Obsidian do (markdown-it refuses them by default).
 */
const renderer = new MarkdownIt({ html: true, linkify: true });
const allowSvgImages = renderer.validateLink.bind(renderer);
renderer.validateLink = (url) => url.startsWith('data:image/svg+xml;base64,') || allowSvgImages(url);

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}

/**
 * Every text the reader sees, in order (image alt text included). An escaped character is a
 * text_special token; markdown-it 14.1.0 leaves those out of an image's alt attribute (the
 * CommonMark alt keeps them), so the tokens are read, not the rendered alt.
 */
const textOf = (tokens: Token[]): string =>
  flatten(tokens)
    .filter((t) => t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('');

/** What a reader should see of a hostile text: controls as pictures, bidi controls as <U+…>. */
const shown = (text: string): string => showControls(text, '', false).replace(/\u202e/g, '<U+202E>');

describe('an export document as Markdown', () => {
  const markdown = documentToMarkdown(longDocument());
  const tokens = renderer.parse(markdown, {});
  const all = flatten(tokens);

  it('opens with the personal-data notice, then the title and the meta line', () => {
    expect(markdown.split('\n')[0]).toBe(
      '> **This document contains personal data&#x3A; it names team members and their scores\\. Do not forward it\\.**',
    );
    expect(tokens[0]!.type).toBe('blockquote_open');
    const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
    expect(h1).toBeGreaterThan(0);
    expect(tokens[h1 + 1]!.content).not.toBe('');
    expect(textOf([tokens[h1 + 1]!])).toBe(`Internal detail ${HOSTILE.script}`);
    expect(tokens[h1 + 3]!.type).toBe('paragraph_open');
    expect(textOf([tokens[h1 + 4]!])).toBe(
      `Made 2026-12-06 04:40 UTC+01:00 · Northwind ${HOSTILE.link} · Assessments as of 2026-01-10 to 2026-03-02 (1 member has no assessed-on date) · Framework: Data team (DS vs DE) 1.2.0`,
    );
  });

  it('puts no notice first when the document has no personal data', () => {
    const short = renderer.parse(documentToMarkdown(shortDocument()), {});
    expect(short[0]!.type).toBe('heading_open');
    expect(short[0]!.tag).toBe('h1');
    expect(textOf([short[1]!])).toBe('Hiring plan summary — Northwind Retail');
  });

  it('uses the document’s own opening notice as its first line rather than adding a second', () => {
    const doc = longDocument();
    doc.blocks.unshift({ kind: 'notice', text: 'Personal data: the manager only.' });
    const md = documentToMarkdown(doc);
    expect(md.split('\n')[0]).toBe('> **Personal data&#x3A; the manager only\\.**');
    expect(md).not.toContain('it names team members');
  });

  it('keeps the document’s structure: headings, list, facts, quote, three tables, a rule for the page break', () => {
    const headings = all.filter((t) => t.type === 'heading_open').map((t) => t.tag);
    expect(headings).toEqual(['h1', 'h2', 'h3', 'h2']);
    expect(all.filter((t) => t.type === 'table_open')).toHaveLength(3);
    expect(all.filter((t) => t.type === 'hr')).toHaveLength(1);
    expect(all.filter((t) => t.type === 'blockquote_open')).toHaveLength(3);
    expect(all.filter((t) => t.type === 'bullet_list_open')).toHaveLength(2);
    const bodies = tokens
      .filter((t) => t.type === 'tbody_open')
      .map((open) => {
        const start = tokens.indexOf(open);
        const end = tokens.findIndex((t, i) => i > start && t.type === 'tbody_close');
        return tokens.slice(start, end).filter((t) => t.type === 'tr_open').length;
      });
    expect(bodies).toEqual([GAPS_CHART.bars.length, LOAD_CHART.bars.length, 80]);
  });

  it('shows every hostile text as itself: no HTML, no links, no emphasis from data', () => {
    const types = new Set(all.map((t) => t.type));
    for (const markup of ['html_block', 'html_inline', 'link_open', 'em_open', 's_open', 'code_inline']) {
      expect(types.has(markup), markup).toBe(false);
    }
    // Bold only where the writer puts it: the notices and the facts' terms.
    expect(all.filter((t) => t.type === 'strong_open')).toHaveLength(2 + 2);
    const html = renderer.render(markdown);
    const tags = html.match(/<[a-z][^>]*>/g) ?? [];
    expect(tags.filter((t) => /^<(script|a |iframe|style)|\son[a-z]+=|href=/.test(t))).toEqual([]);
    expect(
      tags.filter((t) => t.startsWith('<img')).every((t) => t.startsWith('<img src="data:image/svg+xml;base64,')),
    ).toBe(true);
    const text = textOf(tokens);
    for (const hostile of Object.values(HOSTILE)) expect(text).toContain(shown(hostile));
    expect(text).not.toContain('\u202e');
  });

  it('starts no block from text at the start of a line: no list, rule, heading or code', () => {
    const starts = [
      '- item',
      '1) first',
      '1. first',
      '---',
      '    code',
      '# heading',
      '> quote',
      '=== ',
      '+ plus',
      '***',
    ];
    const doc = shortDocument();
    doc.blocks = [...starts.map((text) => ({ kind: 'paragraph' as const, text })), { kind: 'quote', text: '- quoted' }];
    const parsed = renderer.parse(documentToMarkdown(doc), {});
    const blocks = parsed.filter((t) => t.level === 0 && t.nesting !== -1).map((t) => t.type);
    expect(blocks).toEqual([
      'heading_open',
      'paragraph_open',
      ...starts.map(() => 'paragraph_open'),
      'blockquote_open',
    ]);
    const paragraphs = parsed.filter((t) => t.type === 'inline').map((t) => textOf([t]));
    expect(paragraphs.slice(2)).toEqual([...starts.map((t) => t.trim()), '- quoted']);
    const items = flatten(
      renderer.parse(documentToMarkdown({ ...doc, blocks: [{ kind: 'list', items: ['- nested?', '2) no'] }] }), {}),
    );
    expect(items.filter((t) => t.type === 'bullet_list_open')).toHaveLength(1);
    expect(items.filter((t) => t.type === 'ordered_list_open')).toHaveLength(0);
  });

  it('keeps the table rows holding a pipe or stars in their columns', () => {
    const rows = all.filter((t) => t.type === 'tr_open').length;
    expect(rows).toBe(3 + 4 + 80 + 3);
    const cellsPerRow: number[] = [];
    for (const t of all) {
      if (t.type === 'tr_open') cellsPerRow.push(0);
      if (t.type === 'td_open' || t.type === 'th_open') cellsPerRow[cellsPerRow.length - 1]! += 1;
    }
    expect(cellsPerRow.slice(-81)).toEqual(Array(81).fill(4));
    const text = textOf(tokens);
    expect(text).toContain(`4${HOSTILE.pipe}3row 4 of 80`);
    expect(text).toContain(`5${HOSTILE.stars}0row 5 of 80`);
  });

  it('draws each chart as an SVG image with its alt text, followed by its data as a table', () => {
    const images = all.filter((t) => t.type === 'image');
    expect(images).toHaveLength(2);
    expect(images.map((i) => textOf(i.children ?? []))).toEqual([GAPS_CHART.alt, LOAD_CHART.alt]);
    const svgs = images.map((i) => {
      const src = i.attrGet('src') ?? '';
      expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
      return new TextDecoder().decode(Buffer.from(src.slice('data:image/svg+xml;base64,'.length), 'base64'));
    });
    expect(svgs).toEqual([barChartSvg(GAPS_CHART), barChartSvg(LOAD_CHART)]);
    const text = textOf(tokens);
    expect(text).toContain('Gaps per skillpeople shortrequired holdersData pipelines23Warehousing12');
    expect(text).toContain(`Checkout ${HOSTILE.script}0.8`);
  });

  it('leaves a renderer that refuses SVG images with text, not a link or an image', () => {
    const strict = new MarkdownIt({ html: true, linkify: true });
    const rendered = strict.render(documentToMarkdown(shortDocument()));
    expect(rendered).not.toMatch(/<img|<a /);
    expect(rendered).toContain('<td>Data pipelines</td>');
  });

  it('refuses a made-at time it cannot date, naming the field', () => {
    const doc = { ...shortDocument(), meta: { ...META, madeAt: 'yesterday' } };
    expect(() => documentToMarkdown(doc)).toThrow(
      'Document meta, madeAt: "yesterday" is not an ISO date-time with an offset',
    );
  });

  it('says "as of" one day, or that no assessment is dated', () => {
    const one = documentToMarkdown({
      ...shortDocument(),
      meta: { ...META, assessedFrom: '2026-03-02', undatedMembers: 0 },
    });
    expect(one).toContain('Assessments as of 2026-03-02 ·');
    const none = documentToMarkdown({
      ...shortDocument(),
      meta: { ...META, assessedFrom: null, assessedTo: null, undatedMembers: 4 },
    });
    expect(none).toContain('Assessments&#x3A; none dated (4 members have no assessed-on date)');
  });
});
