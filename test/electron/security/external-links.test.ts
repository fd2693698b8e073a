import { describe, expect, it, vi } from 'vitest';
import { createWindowOpenHandler, openExternalLink, parseExternalLink } from '@main/security/external-links';

describe('parseExternalLink', () => {
  it.each([
    ['https://aws.amazon.com/sagemaker/', 'https://aws.amazon.com/sagemaker/'],
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['HTTPS://Example.COM/x', 'https://example.com/x'],
  ])('accepts %s', (raw, href) => {
    expect(parseExternalLink(raw)?.href).toBe(href);
  });

  it.each([
    ['http://example.com/', 'plain http'],
    ['file:///etc/passwd', 'file'],
    ['javascript:alert(1)', 'javascript'],
    ['app://gapwise/index.html', 'the app itself'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['smb://attacker/share/payload.exe', 'smb'],
    ['ms-msdt:/id PCWDiagnostic', 'an OS protocol handler'],
    ['mailto:someone@example.com', 'mailto'],
    ['https://user:pass@example.com/', 'credentials'],
    ['https://user@example.com/', 'a user name'],
    ['//example.com/', 'protocol-relative'],
    ['example.com', 'no scheme'],
    ['https://', 'no host'],
    ['', 'empty'],
    [`https://example.com/${'a'.repeat(3000)}`, 'too long'],
  ])('refuses %s (%s)', (raw) => {
    expect(parseExternalLink(raw)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    for (const raw of [undefined, null, 42, new URL('https://example.com/'), { href: 'https://example.com/' }]) {
      expect(parseExternalLink(raw)).toBeNull();
    }
  });
});

describe('openExternalLink', () => {
  it('opens an https link with its normalised form', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    await expect(openExternalLink('https://Example.com/a b', openExternal)).resolves.toEqual({
      ok: true,
      url: 'https://example.com/a%20b',
    });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a%20b');
  });

  it('refuses anything else without calling openExternal', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    await expect(openExternalLink('file:///etc/passwd', openExternal)).resolves.toEqual({
      ok: false,
      reason: 'refused',
    });
    await expect(openExternalLink(42, openExternal)).resolves.toEqual({ ok: false, reason: 'refused' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a failure of the shell instead of throwing', async () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    await expect(openExternalLink('https://example.com/', openExternal)).resolves.toEqual({
      ok: false,
      reason: 'failed',
    });
  });
});

describe('createWindowOpenHandler', () => {
  it('always denies the new window and sends only https links to the browser', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://gapwise/index.html' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1));
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});
