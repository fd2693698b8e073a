import { SERIES, THEMES, type ThemeTokens } from './tokens';

/*
 * The design tokens as CSS custom properties. The build turns this text into a stylesheet file
 * of the bundle (scripts/design-tokens-plugin.ts), so the strict CSP, which allows no inline
 * styles, still holds.
 */

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Custom property name → value for one theme. */
export function themeProperties(theme: ThemeTokens): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme.colours)) properties[`--${kebab(name)}`] = value;
  theme.heat.forEach((step, level) => {
    properties[`--heat-${level}-bg`] = step.background;
    properties[`--heat-${level}-text`] = step.text;
  });
  properties['--shadow'] = theme.shadow;
  properties['--backdrop'] = theme.backdrop;
  return properties;
}

/** The chart series colours, the same in both themes, for CSS keys and swatches. */
export function seriesProperties(): Record<string, string> {
  return Object.fromEntries(Object.entries(SERIES).map(([name, value]) => [`--series-${kebab(name)}`, value]));
}

const block = (selector: string, properties: Record<string, string>, indent = ''): string =>
  [
    `${indent}${selector} {`,
    ...Object.entries(properties).map(([name, value]) => `${indent}  ${name}: ${value};`),
    `${indent}}`,
  ].join('\n');

/** The stylesheet: light values and the series on :root, dark values when the system (or the setting) is dark. */
export function designTokensCss(): string {
  return [
    '/* Generated from shared/design/tokens.ts at build time; edit the tokens, not this. */',
    block(':root', { ...themeProperties(THEMES.light), ...seriesProperties() }),
    '@media (prefers-color-scheme: dark) {',
    block(':root', themeProperties(THEMES.dark), '  '),
    '}',
    '',
  ].join('\n');
}
