import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, parseCsp } from '@main/security/csp';

const html = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8');
const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

/** The sources a directive effectively has: fetch directives without their own fall back to default-src. */
function effective(policy: Map<string, string>, directive: string): string | undefined {
  const fetchDirectives = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'object-src'];
  return policy.get(directive) ?? (fetchDirectives.includes(directive) ? policy.get('default-src') : undefined);
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy, exactly', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no eval, no inline code and no remote origin; WebAssembly compiles, in script-src only', () => {
    const withoutWasm = CONTENT_SECURITY_POLICY.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self'");
    expect(withoutWasm).not.toMatch(/unsafe-|\*|https?:|blob:|wasm/);
    expect(CONTENT_SECURITY_POLICY.match(/wasm-unsafe-eval/g)).toHaveLength(1);
  });

  it('is equivalent to the <meta> policy in renderer/index.html, directive by directive', () => {
    const header = parseCsp(CONTENT_SECURITY_POLICY);
    const meta = parseCsp(metaPolicy);
    expect(meta.size).toBeGreaterThan(0);
    // frame-ancestors only works as a header: Chromium ignores it in a <meta> (and says so).
    expect(meta.has('frame-ancestors')).toBe(false);
    for (const directive of new Set([...header.keys(), ...meta.keys()])) {
      if (directive === 'frame-ancestors') continue;
      expect(effective(meta, directive), directive).toBe(effective(header, directive));
    }
    expect(Object.keys(CSP_DIRECTIVES)).toEqual([...header.keys()]);
  });
});
