import fc from 'fast-check';
import {
  MAX_IMPORT_BYTES,
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  parseJsonFile,
  readBundle,
  toBundle,
  utf8Length,
  type Bundle,
} from './bundle';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from './merge';
import type { Dataset } from './schema';

function load(dir: string): Dataset {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`invalid fixture ${dir}`);
  return result.dataset;
}

const real = load('data/aran-news-baku');
const second = load('tests/fixtures/second-article');
const merged = mergeDatasets(real, second).dataset;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const issuesOf = (value: unknown) => {
  const result = readBundle('b.json', value);
  return result.ok ? [] : result.issues.map((i) => [i.file, i.path, i.rule]);
};

describe('toBundle / readBundle', () => {
  it('round-trips a dataset, through JSON text', () => {
    const result = readBundle('b.json', clone(toBundle(real)));
    expect(result.ok && result.dataset).toEqual(real);
  });

  it('round-trips merged facts whose evidence cites two documents', () => {
    const result = readBundle('b.json', clone(toBundle(merged)));
    expect(result.ok && result.dataset).toEqual(merged);
  });

  it('also reads per-document facts (dataset folders in one file), merged in order', () => {
    const bundle = {
      kavoshBundle: 1,
      documents: [real, second].map((d) => ({
        document: d.documents[0],
        text: Object.values(d.texts)[0],
        facts: { entities: d.entities, events: d.events, relations: d.relations },
      })),
    };
    const result = readBundle('b.json', clone(bundle));
    expect(result.ok && result.dataset).toEqual(merged);
  });

  it('checks each quote against the document it names, and reports its original index', () => {
    const bundle = clone(toBundle(merged));
    const turkey = bundle.facts.entities.findIndex((e) => e.id === 'turkey');
    const evidence = bundle.facts.entities[turkey]?.evidence ?? [];
    const j = evidence.findIndex((ev) => ev.doc === 'test-second-article');
    expect(j).toBeGreaterThan(0); // after the first article's quotes
    (evidence[j] as { start: number }).start += 1;
    expect(issuesOf(bundle)).toEqual([['b.json', `facts.entities[${turkey}].evidence[${j}].quote`, 'quote']]);
  });

  it('refuses evidence citing a document the bundle lacks', () => {
    const bundle = clone(toBundle(merged));
    bundle.documents = bundle.documents.slice(0, 1);
    const issues = issuesOf(bundle);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every(([, path, rule]) => rule === 'reference' && /\.doc$/.test(path as string))).toBe(true);
  });

  it('names where a quote cites a document the bundle lacks: a fact\'s own quotes and a participant\'s', () => {
    const bundle = clone(toBundle(merged));
    const event = bundle.facts.events.findIndex((e) => e.participants.length > 1);
    (bundle.facts.events[event]!.participants[1]!.evidence[0] as { doc: string }).doc = 'gone';
    (bundle.facts.relations[0]!.evidence[0] as { doc: string }).doc = 'gone';
    expect(issuesOf(bundle).filter(([, , rule]) => rule === 'reference')).toEqual([
      ['b.json', 'facts.relations[0].evidence[0].doc', 'reference'],
      ['b.json', `facts.events[${event}].participants[1].evidence[0].doc`, 'reference'],
    ]);
  });

  it('names the path inside the bundle for document and per-document facts problems', () => {
    const bundle: Bundle = clone({ ...toBundle(real), facts: undefined as never });
    const first = bundle.documents[0];
    if (!first) throw new Error('fixture');
    first.text += ' edited';
    first.facts = { entities: [], events: [], relations: [{ id: 'x', kind: 'cites', source: 'a', target: 'b', evidence: [] }] };
    expect(issuesOf(bundle)).toEqual([['b.json', 'documents[0].facts.relations[0].evidence', 'schema']]);
    delete first.facts;
    expect(issuesOf(bundle)).toEqual([['b.json', 'documents[0].document.sha256', 'sha256']]);
  });

  it('refuses another version, unknown keys, duplicate documents and fact ids', () => {
    expect(issuesOf({ kavoshBundle: 2, documents: [] })).toEqual([['b.json', 'kavoshBundle', 'bundle-version']]);
    expect(issuesOf({ ...clone(toBundle(real)), extra: 1 })).toEqual([['b.json', '', 'schema']]);
    expect(issuesOf({ kavoshBundle: 1, documents: [] })).toEqual([['b.json', 'documents', 'schema']]);
    const twice = clone(toBundle(real));
    twice.documents.push(clone(twice.documents[0] as Bundle['documents'][number]));
    expect(issuesOf(twice)).toEqual([['b.json', 'documents[1].document.id', 'unique-id']]);
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        for (const value of [a, { kavoshBundle: 1, documents: a, facts: b }, { kavoshBundle: 1, documents: [{ document: a, text: 'x', facts: b }] }])
          expect(readBundle('b.json', value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('guarded JSON parsing', () => {
  it('refuses files over 50 MB before parsing', () => {
    const result = parseJsonFile('big.json', '{}', MAX_IMPORT_BYTES + 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue).toMatchObject({ file: 'big.json', rule: 'size', message: expect.stringContaining('50.0 MB') });
    expect(parseJsonFile('ok.json', '{}', MAX_IMPORT_BYTES).ok).toBe(true);
  });

  it('measures UTF-8 size: Persian letters take two bytes, emoji four', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('کاوش')).toBe(8);
    expect(utf8Length('€😀')).toBe(7);
    expect(utf8Length('ترکیه 😀 a')).toBe(new TextEncoder().encode('ترکیه 😀 a').length);
  });

  it('refuses JSON nested deeper than the limit, counting only brackets outside strings', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    const result = parseJsonFile('deep.json', deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue).toMatchObject({ rule: 'depth', message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep` });
    expect(nestsDeeperThan(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`, MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: '[[[[[[[[\\"{{{{' }), 2)).toBe(false);
    // A million levels: refused by the scan, no stack overflow anywhere.
    expect(parseJsonFile('huge.json', '['.repeat(1_000_000)).ok).toBe(false);
  });

  it('skips strings by searching for their closing quote, with the same answer as a character-by-character scan', () => {
    // The scan nestsDeeperThan had before it jumped over strings with indexOf: the reference.
    const reference = (text: string, limit: number) => {
      let depth = 0;
      let inString = false;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
          if (c === 0x5c) i += 1;
          else if (c === 0x22) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b || c === 0x5b) {
          depth += 1;
          if (depth > limit) return true;
        } else if (c === 0x7d || c === 0x5d) depth -= 1;
      }
      return false;
    };
    const text = fc.array(fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', 'ب'), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 4 }), (t, limit) => nestsDeeperThan(t, limit) === reference(t, limit)), { numRuns: 3000 });
    // Escaped quotes, and a backslash escaping a backslash before the closing quote.
    expect(nestsDeeperThan('["\\"[[["]', 1)).toBe(false);
    expect(nestsDeeperThan('["\\\\"[[[]]]]', 1)).toBe(true);
  });

  it('reports invalid JSON like data:check and accepts a byte order mark', () => {
    const bad = parseJsonFile('bad.json', '{"a": ');
    expect(!bad.ok && bad.issue).toMatchObject({ file: 'bad.json', path: '', rule: 'json', message: expect.stringMatching(/^expected valid JSON: /) });
    expect(parseJsonFile('bom.json', '\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
