// Hostile data, round two: size that is not bytes (item 10) and the security headers (item 15).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, CSP_HEADER, CYTOSCAPE_STYLESHEET, SECURITY_HEADERS, headersFile } from '../../scripts/lib/security-headers';
import { NAME_MAX, TEXT_MAX } from '../../src/domain/schema';
import { formatIssue, validateDataset } from '../../src/domain/validate';
import { CANVAS_LABEL_MAX, canvasLabel } from '../../src/graph/elements';

const mini = join(__dirname, '..', 'fixtures', 'mini');
const doc = JSON.parse(readFileSync(join(mini, 'document.json'), 'utf8')) as unknown;
const facts = JSON.parse(readFileSync(join(mini, 'facts.json'), 'utf8')) as {
  entities: Array<{ name: { en: string }; aliases: string[]; description?: string }>;
  events: Array<{ participants: Array<{ role: string }> }>;
};
const text = readFileSync(join(mini, 'source.txt'), 'utf8');
const messages = (f: unknown) => {
  const r = validateDataset({ documentFile: 'document.json', document: doc, factsFile: 'facts.json', facts: f, texts: { 'source.txt': text } });
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('item 10: lengths in characters', () => {
  // A megabyte of bidi controls and zero-width joiners between short words.
  const megabyte = 'a\u202E\u200Db\u2066'.repeat(200_000);

  it('a 1 MB name, alias or role is refused at its path; a long description too', () => {
    const f = structuredClone(facts);
    f.entities[0]!.name.en = megabyte;
    f.entities[1]!.aliases = [megabyte];
    f.events[0]!.participants[0]!.role = megabyte;
    f.entities[2]!.description = 'x'.repeat(TEXT_MAX + 1);
    expect(messages(f)).toEqual([
      `facts.json at entities[0].name.en: expected at most ${NAME_MAX} characters [schema]`,
      `facts.json at entities[1].aliases[0]: expected at most ${NAME_MAX} characters [schema]`,
      `facts.json at entities[2].description: expected at most ${TEXT_MAX} characters [schema]`,
      `facts.json at events[0].participants[0].role: expected at most ${NAME_MAX} characters [schema]`,
    ]);
  });

  it('names at the cap pass, and the canvas draws at most CANVAS_LABEL_MAX code points of them', () => {
    const f = structuredClone(facts);
    f.entities[0]!.name.en = '𝔸'.repeat(NAME_MAX / 2);
    expect(messages(f)).toEqual([]);
    const long = '\u202E'.repeat(NAME_MAX);
    expect(Array.from(canvasLabel(long))).toHaveLength(CANVAS_LABEL_MAX);
    expect(canvasLabel(long).endsWith('…')).toBe(true);
    // Astral characters are not cut in half.
    const astral = canvasLabel('𝔸'.repeat(NAME_MAX));
    expect(Array.from(astral)).toHaveLength(CANVAS_LABEL_MAX);
    expect(astral).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(canvasLabel('Baku')).toBe('Baku');
  });
});

describe('item 15: headers a meta tag cannot set', () => {
  it('the header policy forbids framing and inline styles, the meta policy is the same minus frame-ancestors', () => {
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP).not.toContain('frame-ancestors');
    for (const policy of [CSP, CSP_HEADER]) {
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    }
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'/);
  });

  it('the hashed stylesheet is exactly what the installed Cytoscape inserts', () => {
    const cytoscape = readFileSync(join(__dirname, '..', '..', 'node_modules', 'cytoscape', 'dist', 'cytoscape.esm.mjs'), 'utf8');
    const [, className] = /var className = '([^']+)';/.exec(cytoscape) ?? [];
    expect(cytoscape).toContain("stylesheet.textContent = '.' + className + ' { position: relative; }';");
    expect(CYTOSCAPE_STYLESHEET).toBe(`.${className} { position: relative; }`);
  });
});
