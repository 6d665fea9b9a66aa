// fast-check drives the dataset loader with arbitrary and mutated inputs: it must return a clear
// error or a valid result, never throw, and finish quickly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateDataset, type RawDataset } from '../../src/domain/validate';

const dir = join(__dirname, '..', 'fixtures', 'mini');
const document = JSON.parse(readFileSync(join(dir, 'document.json'), 'utf8'));
const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'));
const text = readFileSync(join(dir, 'source.txt'), 'utf8');
const raw = (over: Partial<RawDataset> = {}): RawDataset => ({
  documentFile: 'document.json',
  document,
  factsFile: 'facts.json',
  facts,
  texts: { 'source.txt': text },
  ...over,
});

function assertWellBehaved(input: RawDataset) {
  const result = validateDataset(input);
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
      expect(['document.json', 'facts.json']).toContain(issue.file);
    }
  }
  return result;
}

/** Replaces the value at a random JSON path with an arbitrary value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [head, ...rest] = path;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[(head ?? 0) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], rest, replacement);
  return copy;
}

describe('dataset loader under fuzzing', () => {
  it('accepts the untouched fixture', () => {
    expect(validateDataset(raw()).ok).toBe(true);
  });

  it('never throws on arbitrary JSON in place of either file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (doc, f) => {
        assertWellBehaved(raw({ document: doc, facts: f }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when one value deep in the facts is replaced by anything', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        assertWellBehaved(raw({ facts: mutate(facts, path, value) }));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects any change to the text, by hash and by quote', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 }), (at, insert) => {
        const changed = text.slice(0, at) + insert + text.slice(at);
        const result = assertWellBehaved(raw({ texts: { 'source.txt': changed } }));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.some((i) => i.rule === 'sha256')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses quotes whose offsets were shifted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(7), (shift, which) => {
        const f = structuredClone(facts);
        const all = [...f.entities, ...f.events, ...f.relations];
        const ev = all[which % all.length].evidence[0];
        ev.start += shift;
        ev.end += shift;
        const result = assertWellBehaved(raw({ facts: f }));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
