import { Window, type Document } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { showControls } from '@shared/encode/control';
import { documentToHtml } from '@shared/reports/document/to-html';
import { GAPS_CHART, HOSTILE, LOAD_CHART, longDocument, shortDocument } from './documents';

/*
 * The printable page read by an HTML parser: whatever the data holds, the page has only the
 * elements the writer made, and every hostile text is there as text.
 */

const window = new Window();
const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html');

/** What a reader should see of a hostile text: controls as pictures, bidi controls as <U+…>. */
const shown = (text: string): string => showControls(text, '\t\n\r', false).replace(/\u202e/g, '<U+202E>');

describe('an export document as printable HTML', () => {
  const html = documentToHtml(longDocument());
  const page = parse(html);

  it('is a script-free page: its CSP allows only its inline style, and data made no element', () => {
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(page.querySelectorAll('script, img, a, iframe, object, link')).toHaveLength(0);
    const tags = new Set([...page.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    const allowed = [
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'p',
      'span',
      'h1',
      'h2',
      'h3',
      'ul',
      'li',
      'dl',
      'dt',
      'dd',
    ];
    const table = ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'div', 'figure'];
    const svg = ['svg', 'title', 'defs', 'clippath', 'rect', 'text', 'line', 'g'];
    for (const tag of tags) expect([...allowed, ...table, ...svg], tag).toContain(tag);
    for (const element of page.querySelectorAll('*')) {
      for (const attr of element.getAttributeNames())
        expect(attr.startsWith('on'), `${element.tagName} ${attr}`).toBe(false);
    }
  });

  it('shows every hostile text as itself', () => {
    const text = page.body.textContent ?? '';
    for (const hostile of Object.values(HOSTILE)) expect(text).toContain(shown(hostile));
    expect(text).not.toContain('\u202e');
    expect(page.title).toBe(`Internal detail ${HOSTILE.script}`);
  });

  it('opens with the personal-data notice, then the title and the meta line under it', () => {
    const [notice, h1, meta] = [...page.body.children];
    expect(notice?.className).toBe('notice');
    expect(notice?.textContent).toContain('This document contains personal data');
    expect(h1?.tagName).toBe('H1');
    expect(meta?.className).toBe('meta');
    expect(meta?.textContent).toBe(
      `Made 2026-12-06 04:40 UTC+01:00 · Northwind ${HOSTILE.link} · Assessments as of 2026-01-10 to 2026-03-02 (1 member has no assessed-on date) · Framework: Data team (DS vs DE) 1.2.0`,
    );
    expect(parse(documentToHtml(shortDocument())).body.firstElementChild?.tagName).toBe('H1');
  });

  it('draws each chart inline as SVG, an image to assistive technology, labelled with its alt text', () => {
    const charts = [...page.querySelectorAll('figure.chart > svg')];
    expect(charts.map((c) => c.getAttribute('role'))).toEqual(['img', 'img']);
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([GAPS_CHART.alt, LOAD_CHART.alt]);
    expect(charts[1]!.textContent).toContain(`Checkout ${HOSTILE.script}`);
  });

  it('breaks the page where the document says, and the table keeps its 80 rows', () => {
    const breaks = page.querySelectorAll('div.page-break');
    expect(breaks).toHaveLength(1);
    expect(breaks[0]!.nextElementSibling?.textContent).toBe('After the page break');
    expect(html).toContain('div.page-break { break-before: page; }');
    expect(page.querySelectorAll('table tbody tr')).toHaveLength(80);
    expect(page.querySelectorAll('td.num').length).toBe(160);
  });

  it('numbers every printed page "Page N of M" in its footer', () => {
    const style = page.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(
      /@page\s*{[^}]*size: A4;[^}]*@bottom-center\s*{\s*content: "Page " counter\(page\) " of " counter\(pages\);/,
    );
  });
});
