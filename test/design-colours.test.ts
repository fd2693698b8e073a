import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designTokensCss } from '../shared/design/design-css';

/*
 * Colours are written down once, in shared/design/tokens.ts. These checks keep it so: no hex
 * colour in the renderer's, the main process's or shared/'s source (the HTML report among it),
 * the token source aside, and no CSS custom property used that the tokens (or the stylesheets
 * themselves) do not define.
 */

const REPO_ROOT = resolve(__dirname, '..');
const SCANNED = /\.(?:css|ts|tsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', 'coverage']);

// #rgb, #rgba, #rrggbb or #rrggbbaa, not part of a longer name (so `#add-member` is not one).
const HEX_COLOUR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

/** `file:line: literal` for every hex colour in the text. */
function hexColours(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => [...line.matchAll(HEX_COLOUR)].map((match) => `${file}:${index + 1}: ${match[0]}`));
}

function listFiles(folder: string): string[] {
  return readdirSync(join(REPO_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(path);
    return SCANNED.test(entry.name) ? [path.split(sep).join('/')] : [];
  });
}

/** The one file where a colour is written down. */
const TOKEN_SOURCE = 'shared/design/tokens.ts';

const read = (file: string): string => readFileSync(join(REPO_ROOT, file), 'utf8');
const sources = [
  ...listFiles('renderer'),
  ...listFiles('electron'),
  ...listFiles('shared').filter((file) => file !== TOKEN_SOURCE),
];

describe('hex colour finder', () => {
  it('names the file and line of each hex colour, and skips ids that merely start with hex letters', () => {
    const text = ['a { color: #fff; }', '#add-member, #area-de { border: 1px solid #1D2027aa; }', 'b { c: #abcde; }'];
    expect(hexColours('x.css', text.join('\n'))).toEqual(['x.css:1: #fff', 'x.css:2: #1D2027aa']);
  });
});

describe('colours come from the design tokens', () => {
  it('scans the renderer, main-process and shared sources, all but the token source', () => {
    expect(sources).toContain('renderer/src/styles.css');
    expect(sources).toContain('electron/main/theme.ts');
    expect(sources).toContain('shared/reports/html.ts');
    expect(sources).not.toContain(TOKEN_SOURCE);
    // The one file left out is where the colours are: the finder does find them there.
    expect(hexColours(TOKEN_SOURCE, read(TOKEN_SOURCE)).length).toBeGreaterThan(0);
  });

  it('has no hex colour literal in renderer/, electron/ or shared/ (the tokens aside)', () => {
    expect(sources.flatMap((file) => hexColours(file, read(file)))).toEqual([]);
  });

  it('uses only custom properties that the tokens or the stylesheets define', () => {
    const stylesheets = sources.filter((file) => file.endsWith('.css')).map(read);
    const defined = new Set(
      [designTokensCss(), ...stylesheets].flatMap((css) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    const undefinedNames = stylesheets
      .flatMap((css) => [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]))
      .filter((name) => !defined.has(name));
    expect([...new Set(undefinedNames)]).toEqual([]);
  });
});
