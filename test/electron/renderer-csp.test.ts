import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The CSP lives in renderer/index.html (and, with frame-ancestors, which a <meta> cannot
// carry, in the app:// response header); the dev server relaxes the meta policy
// (electron.vite.config.ts), so this guards the policy that ships.
const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');

describe('renderer/index.html', () => {
  it('declares the strict content security policy', () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'",
    );
  });

  it('has no inline scripts or styles', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
  });
});
