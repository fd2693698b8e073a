/**
 * The Content Security Policy of the built app, sent as a response header by the `app://`
 * protocol handler (a header also covers responses a <meta> tag cannot, and cannot be
 * removed by script). renderer/index.html carries the same policy as a <meta> tag so the page
 * stays locked down wherever it is served from; a test keeps the two equivalent.
 *
 * No 'unsafe-eval' and no 'unsafe-inline': every script and stylesheet is a file of the
 * bundle. 'wasm-unsafe-eval' lets the page compile WebAssembly, and nothing else (no eval,
 * no new Function): the hiring plan's solver (HiGHS) is a .wasm file of the bundle, fetched
 * from 'self'. `data:` images only, for chart exports. Nothing may be framed, posted or based.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');

/** Parses a policy string into directive → sources, for comparing two policies in tests. */
export function parseCsp(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources.join(' '));
  }
  return directives;
}
