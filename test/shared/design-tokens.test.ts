import { describe, expect, it } from 'vitest';
import { designTokensCss, themeProperties } from '@shared/design/design-css';
import { SERIES, THEMES, type ColourScheme, type ThemeColours } from '@shared/design/tokens';
import { contrast, luminance } from './design-contrast';

const SCHEMES: ColourScheme[] = ['light', 'dark'];

/** Text (first) drawn on a background (second), as the stylesheets pair them. */
const TEXT_PAIRS: [keyof ThemeColours, keyof ThemeColours][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surfaceSunken'],
  ['text', 'accentSoft'],
  ['textMuted', 'bg'],
  ['textMuted', 'surface'],
  ['textMuted', 'surfaceSunken'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'accentSoft'],
  ['bg', 'accent'], // primary buttons and the skip link
  ['danger', 'surface'],
  ['danger', 'bg'],
  ['danger', 'surfaceSunken'],
  ['areaDe', 'surface'], // medium-priority text in the plan
  // Area colours mark the framework browser's and the assessment's areas; each must read as text.
  ['areaDs', 'surface'],
  ['areaMl', 'surface'],
  ['areaAnalytics', 'surface'],
  ['areaShared', 'surface'],
  ['areaDs', 'surfaceSunken'],
  ['areaMl', 'surfaceSunken'],
  ['areaAnalytics', 'surfaceSunken'],
  ['areaShared', 'surfaceSunken'],
];

describe('luminance and contrast', () => {
  it('match the WCAG reference points', () => {
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#000000')).toBe(0);
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('design tokens', () => {
  it('give both themes the same keys and the same number of heatmap steps', () => {
    expect(Object.keys(THEMES.dark.colours).sort()).toEqual(Object.keys(THEMES.light.colours).sort());
    expect(Object.keys(THEMES.dark).sort()).toEqual(Object.keys(THEMES.light).sort());
    expect(THEMES.dark.heat.length).toBe(THEMES.light.heat.length);
    expect(Object.keys(themeProperties(THEMES.dark)).sort()).toEqual(Object.keys(themeProperties(THEMES.light)).sort());
  });

  it.each(SCHEMES)('write every %s colour as #rrggbb', (scheme) => {
    const { colours, heat } = THEMES[scheme];
    const all = [...Object.values(colours), ...heat.flatMap((step) => [step.background, step.text])];
    for (const colour of all) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(SCHEMES)('pair %s text and backgrounds at WCAG AA (4.5:1)', (scheme) => {
    const { colours } = THEMES[scheme];
    const failing = TEXT_PAIRS.map(([fg, bg]) => ({
      pair: `${fg} on ${bg}`,
      ratio: contrast(colours[fg], colours[bg]),
    }))
      .filter(({ ratio }) => ratio < 4.5)
      .map(({ pair, ratio }) => `${pair}: ${ratio.toFixed(2)}`);
    expect(failing).toEqual([]);
  });

  it.each(SCHEMES)('put %s heatmap numbers on their cells at WCAG AA', (scheme) => {
    THEMES[scheme].heat.forEach((step, level) => {
      expect(contrast(step.text, step.background), `level ${level}`).toBeGreaterThanOrEqual(4.5);
    });
  });

  it.each(SCHEMES)('run the %s heatmap ramp light to dark, low level to high', (scheme) => {
    const lightness = THEMES[scheme].heat.map((step) => luminance(step.background));
    for (let level = 1; level < lightness.length; level += 1) {
      expect(lightness[level], `level ${level} is darker than level ${level - 1}`).toBeLessThan(lightness[level - 1]!);
    }
  });

  it('keep every chart series at 3:1 against the dark surface, where they are drawn unchanged', () => {
    for (const [name, colour] of Object.entries(SERIES)) {
      expect(contrast(colour, THEMES.dark.colours.surface), name).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the generated stylesheet', () => {
  const css = designTokensCss();
  const [lightBlock = '', darkBlock = ''] = css.split('@media (prefers-color-scheme: dark)');

  it('declares the light values on :root and the dark ones under the dark media query', () => {
    expect(lightBlock).toContain(`--bg: ${THEMES.light.colours.bg};`);
    expect(lightBlock).toContain(`--text-muted: ${THEMES.light.colours.textMuted};`);
    expect(lightBlock).toContain(`--heat-4-bg: ${THEMES.light.heat[4]!.background};`);
    expect(lightBlock).toContain(`--series-scientist: ${SERIES.scientist};`);
    expect(darkBlock).toContain(`--bg: ${THEMES.dark.colours.bg};`);
    expect(darkBlock).toContain(`--heat-0-text: ${THEMES.dark.heat[0]!.text};`);
  });
});
