import { documentSchema } from './schema';
import { isHttpUrl, URL_MAX } from './url';

describe('isHttpUrl', () => {
  it('takes whole http and https addresses', () => {
    for (const url of ['https://example.org', 'http://example.org/a/b?c=d#e', 'https://fa.example.org/%D8%AE%D8%A8%D8%B1', 'https://خبر.example/مقاله', 'HTTPS://EXAMPLE.ORG/']) expect(isHttpUrl(url), url).toBe(true);
  });
  it('refuses scripts, other schemes, relative and padded addresses', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org', '//example.org', '/a/b', 'example.org', 'https://', 'http:example.org', ' https://example.org', 'https://example.org/a b', 'https://example.org/\n', '', `https://example.org/${'a'.repeat(URL_MAX)}`, 42, null])
      expect(isHttpUrl(url), String(url)).toBe(false);
  });
});

describe('the document schema\'s url', () => {
  const doc = { id: 'd', title: { fa: 'ا', en: 'a' }, language: 'fa', outlet: { fa: 'ا', en: 'a' }, citationChain: [], published: { precision: 'unknown', certainty: 'unknown' }, textFile: 'source.txt', sha256: 'a'.repeat(64) };
  it('is optional, and an http(s) URL when present', () => {
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(documentSchema.safeParse({ ...doc, url: 'https://example.org/a' }).success).toBe(true);
    const bad = documentSchema.safeParse({ ...doc, url: 'javascript:alert(1)' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['url']);
  });
});
