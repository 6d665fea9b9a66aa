// A document's web address: only http(s), whole and without spaces, so a hostile dataset cannot
// turn a "source" link into script (javascript:, data:, vbscript:) or a local file. Pure; used by
// the schema (data:check, imports) and again where a link is drawn.
export const URL_MAX = 2000;

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > URL_MAX) return false;
  // No whitespace or control characters anywhere (the URL parser would strip some of them).
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return false;
  }
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(value);
}
