import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Button-styled controls are drawn by one component (renderer/src/components/common/Button.tsx),
 * so a variant changes in one place. This check keeps the app's button classes out of every
 * other file: a raw <button className="button …"> cannot come back.
 */

const REPO_ROOT = resolve(__dirname, '..');
const BUTTON_COMPONENT = 'renderer/src/components/common/Button.tsx';

// The class list starts with the app's `button` class: "button", "button button--quiet", `button …`.
const BUTTON_CLASS = /className=\{?\s*["'`]button(?:["'`\s]|--)/g;

/** `file:line` for every use of the button classes in the text. */
function buttonClasses(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) => (line.match(BUTTON_CLASS) ? [`${file}:${index + 1}`] : []));
}

function listTsx(folder: string): string[] {
  return readdirSync(join(REPO_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listTsx(path);
    return entry.name.endsWith('.tsx') ? [path.split(sep).join('/')] : [];
  });
}

describe('button class finder', () => {
  it('finds the button classes however the class list is written, and not other classes ending in "button"', () => {
    const text = [
      '<button type="button" className="button button--quiet">',
      "<button className='button'>",
      '<button className={`button ${x}`}>',
      '<button className="member-row__button">',
      '<button className="buttons-bar">',
    ];
    expect(buttonClasses('x.tsx', text.join('\n'))).toEqual(['x.tsx:1', 'x.tsx:2', 'x.tsx:3']);
  });
});

describe('buttons are drawn by the Button component', () => {
  const files = listTsx('renderer/src');

  it('scans the renderer, the Button component among it', () => {
    expect(files).toContain(BUTTON_COMPONENT);
    expect(files).toContain('renderer/src/App.tsx');
  });

  it('has no raw button with the button classes outside the Button component', () => {
    const raw = files
      .filter((file) => file !== BUTTON_COMPONENT)
      .flatMap((file) => buttonClasses(file, readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(raw).toEqual([]);
  });
});
