import fc from 'fast-check';

/*
 * Text an attacker or a careless paste could put into a name: markup, links, formulas,
 * control and bidi characters. The property tests mix these with random Unicode.
 */
export const HOSTILE_TEXTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  'https://evil.example/path',
  'www.evil.example',
  'ana@evil.example',
  '**bold** _em_ `code` ~~gone~~',
  '$x^2$ and $$y$$',
  '&lt;b&gt; &#60;i&#62; &amp;',
  '# heading',
  '- item',
  '1. first',
  '> quote',
  '| a | b |',
  '[^1]: footnote',
  '<!-- comment -->',
  '\\*escaped\\*',
  '=HYPERLINK("http://evil.example","x")',
  "'=1+1",
  "'apostrophe",
  '+1',
  '-2',
  '@SUM(A1)',
  'Ana\u001b]0;pwned\u0007 Lima',
  'clear\u001b[2J\u001b[H',
  'nul\u0000bs\u0008vt\u000bff\u000c',
  'c1\u0085\u009b31m',
  'bidi\u202egnp.exe\u202c',
  'iso\u2066late\u2069 zw\u200bsp',
  '_x001B_ literal escape',
  'line one\nline two\r\nthree\rfour',
  'tab\tinside',
];

/** Random Unicode (every code point, controls included) and the hostile texts, mixed. */
export const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...HOSTILE_TEXTS),
    fc
      .tuple(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: 'binary', maxLength: 10 }))
      .map(([a, b]) => `${b}${a}${b}`),
  );
