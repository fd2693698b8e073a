import type { BarChart, DocumentMeta, ExportDocument } from '@shared/reports/document/types';

/*
 * Hand-built export documents for the writers' tests: a short one, and a long one that spans
 * several printed pages (an 80-row table, charts, a page break) with hostile text in every
 * kind of block.
 */

/** Text that must show as itself: markup, a javascript: link, table pipes, emphasis, controls, a bidi override. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  link: '[link](javascript:x)',
  pipe: 'a | b',
  stars: '*not bold*',
  control: 'bell\u0007 and esc\u001b[2J',
  rtl: 'report\u202egnp.exe',
  image: '<img src=x onerror=alert(1)>',
  url: 'https://evil.example/path',
} as const;

export const META: DocumentMeta = {
  madeAt: '2026-12-06T04:40:00+01:00',
  organisation: 'Northwind Retail',
  assessedFrom: '2026-01-10',
  assessedTo: '2026-03-02',
  undatedMembers: 1,
  framework: { name: 'Data team (DS vs DE)', version: '1.2.0' },
};

export const GAPS_CHART: BarChart = {
  title: 'Gaps per skill',
  alt: 'Gaps per skill: Data pipelines 2 people short, Warehousing 1 short.',
  unit: 'people short',
  bars: [
    { label: 'Data pipelines', value: 2, reference: 3 },
    { label: 'Warehousing', value: 1, reference: 2 },
    { label: 'Deployment and monitoring of models in production at scale', value: 0.5, reference: 2 },
  ],
  referenceLabel: 'required holders',
};

export const LOAD_CHART: BarChart = {
  title: `Load on scientists ${HOSTILE.script}`,
  alt: `Engineering load per product team ${HOSTILE.link}`,
  unit: 'FTE',
  bars: [
    { label: `Checkout ${HOSTILE.script}`, value: 0.8 },
    { label: HOSTILE.link, value: 0.45 },
    { label: HOSTILE.rtl, value: 0.3 },
    { label: 'A label far too long to fit in the label column of the chart without being cut', value: 1.25 },
  ],
};

export function shortDocument(): ExportDocument {
  return {
    kind: 'summary',
    title: 'Hiring plan summary — Northwind Retail',
    meta: META,
    personalData: false,
    blocks: [
      { kind: 'heading', level: 2, text: 'The team today' },
      { kind: 'paragraph', text: '6 members: 4 in data-science roles, 2 in data-engineering roles.' },
      { kind: 'chart', chart: GAPS_CHART },
      { kind: 'heading', level: 2, text: 'Assumptions' },
      { kind: 'list', items: ['Each hire meets every target of their profile.'] },
    ],
  };
}

/** 80 rows: far more than a page holds. */
function longTable(): ExportDocument['blocks'][number] {
  return {
    kind: 'table',
    table: {
      header: ['#', 'Skill', 'Holders', 'Note'],
      rows: Array.from({ length: 80 }, (_, i) => [
        i + 1,
        i === 3 ? HOSTILE.pipe : i === 4 ? HOSTILE.stars : `Skill number ${i + 1}`,
        i % 4,
        i === 5 ? HOSTILE.control : i === 6 ? HOSTILE.image : `row ${i + 1} of 80`,
      ]),
      numeric: [0, 2],
    },
  };
}

export function longDocument(): ExportDocument {
  return {
    kind: 'detail',
    title: `Internal detail ${HOSTILE.script}`,
    meta: { ...META, organisation: `Northwind ${HOSTILE.link}` },
    personalData: true,
    blocks: [
      { kind: 'heading', level: 2, text: `Summary ${HOSTILE.stars}` },
      { kind: 'paragraph', text: `A paragraph with ${HOSTILE.link}, ${HOSTILE.url} and ${HOSTILE.rtl}.` },
      { kind: 'list', items: [HOSTILE.script, HOSTILE.pipe, HOSTILE.control] },
      {
        kind: 'facts',
        items: [
          { term: 'Seniority', text: 'Senior (level 3 of 4)' },
          { term: `Term ${HOSTILE.stars}`, text: HOSTILE.image },
        ],
      },
      { kind: 'chart', chart: GAPS_CHART },
      { kind: 'chart', chart: LOAD_CHART },
      { kind: 'quote', text: `Data engineers build the pipelines ${HOSTILE.link}` },
      { kind: 'notice', text: `Check before forwarding ${HOSTILE.script}` },
      { kind: 'heading', level: 3, text: 'Coverage, skill by skill' },
      longTable(),
      { kind: 'pageBreak' },
      { kind: 'heading', level: 2, text: 'After the page break' },
      { kind: 'paragraph', text: 'This heading starts a page of its own.' },
    ],
  };
}
