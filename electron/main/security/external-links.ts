/**
 * Links leave the app only to the user's browser, only as `https:`, and only after parsing
 * (Electron security checklist item 15): `shell.openExternal` with a `file:`, `smb:` or
 * custom-scheme URL can run programs, so anything that is not a plain https URL is refused.
 */

/** Longer than any link the app shows; a guard against absurd payloads, not a URL rule. */
const MAX_LINK_LENGTH = 2048;

/** The URL when `raw` is an `https:` URL with a host and no credentials; null otherwise. */
export function parseExternalLink(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '') return null;
  // `https://user:pass@host` is a classic way to disguise where a link really goes.
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

/**
 * A URL that `parseExternalLink` accepted, re-serialised: the only kind of value the app
 * hands to `shell.openExternal` (the type system, and the linter's typed rule, hold it so).
 */
export type ExternalUrl = string & { readonly __brand: 'ExternalUrl' };

/** Electron's `shell.openExternal`, as the app uses it: on checked URLs only. */
export type OpenExternal = (url: ExternalUrl) => Promise<void>;

export type ExternalLinkResult =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: 'refused' | 'failed' };

/**
 * Opens `raw` in the default browser if `parseExternalLink` accepts it. `openExternal` is
 * Electron's `shell.openExternal`; it receives the re-serialised URL, never the raw text.
 */
export async function openExternalLink(raw: unknown, openExternal: OpenExternal): Promise<ExternalLinkResult> {
  const url = parseExternalLink(raw);
  if (url === null) return { ok: false, reason: 'refused' };
  try {
    await openExternal(url.href as ExternalUrl);
  } catch {
    return { ok: false, reason: 'failed' };
  }
  return { ok: true, url: url.href };
}

/**
 * For `webContents.setWindowOpenHandler` (checklist item 14): the app never opens a second
 * window. A `target="_blank"` https link goes to the browser instead; everything else is
 * just refused.
 */
export function createWindowOpenHandler(
  openExternal: OpenExternal,
): (details: { readonly url: string }) => { action: 'deny' } {
  return (details) => {
    // openExternalLink never rejects: a refused or failed link is simply not opened.
    void openExternalLink(details.url, openExternal);
    return { action: 'deny' };
  };
}
