import type { Plugin } from 'vite';
import { designTokensCss } from '../shared/design/design-css';

/** What the renderer imports to get the design tokens as CSS custom properties. */
export const DESIGN_TOKENS_ID = 'virtual:design-tokens.css';
// A path-like id ending in .css, so Vite's CSS pipeline bundles it into the built stylesheet
// (a file, which the CSP allows) rather than treating it as script.
const RESOLVED_ID = '/@gapwise/design-tokens.css';

/** Serves shared/design/tokens.ts as a stylesheet, in the dev server and in the build. */
export function designTokens(): Plugin {
  return {
    name: 'gapwise:design-tokens',
    resolveId: (id) => (id === DESIGN_TOKENS_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? designTokensCss() : null),
  };
}
