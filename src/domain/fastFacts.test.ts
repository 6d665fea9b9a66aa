import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateMultiCorpus } from '../graph/synthCorpus';
import { fastFacts, parseFacts } from './fastFacts';
import { factsSchema } from './schema';
import { validateDataset } from './validate';

const read = (dir: string, file: string) => readFileSync(join('tests/fixtures', dir, file), 'utf8');
const factsOf = (dir: string) => JSON.parse(read(dir, 'facts.json')) as Record<string, unknown>;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
type Obj = Record<string, unknown>;

/** The fast walk agrees with zod: it gives up, or zod accepts and gives the very same output (key order too). */
function expectAgrees(raw: unknown, label: string) {
  const fast = fastFacts(raw);
  const zod = factsSchema.safeParse(raw);
  if (fast === null) return false;
  expect(zod.success, `${label}: the fast walk accepted what zod refuses`).toBe(true);
  expect(JSON.stringify(fast), label).toBe(JSON.stringify(zod.data));
  return true;
}

describe('the fast facts walk (zod in the page is jitless and slow)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts the fixtures and a generated corpus, with exactly what zod returns', () => {
    const corpus = generateMultiCorpus({ elements: 3000, seed: 7, id: 'fast' });
    for (const [label, raw] of [
      ['mini', factsOf('mini')],
      ['second-article', factsOf('second-article')],
      ['third-article', factsOf('third-article')],
      ['hostile', factsOf('hostile')],
      ['corpus', clone(corpus.facts)],
    ] as const)
      expect(expectAgrees(raw, label), label).toBe(true);
  });

  it('gives the same output where zod changes the input: trimmed strings, aliases defaulted, keys in schema order', () => {
    const facts = clone(factsOf('mini')) as { entities: Obj[]; events: Obj[] };
    const entity = facts.entities[0] as Obj;
    delete entity.aliases;
    entity.name = { en: '  Baku ', fa: (entity.name as Obj).fa };
    // Keys in another order than the schema's.
    facts.entities[0] = Object.fromEntries(Object.entries(entity).reverse());
    const ev = ((facts.events[0] as Obj).evidence as Obj[])[0] as Obj;
    ev.translation = `\n${String(ev.translation)}\t`;
    expect(expectAgrees(facts, 'changed')).toBe(true);
    expect(fastFacts(facts)?.entities[0]?.aliases).toEqual([]);
  });

  it('never accepts what zod refuses: every field of every kind of fact broken in turn', () => {
    const base = factsOf('mini');
    const bad: unknown[] = [undefined, null, '', '   ', 'Not An Id', 'x'.repeat(6000), -1, 0, 1.5, Infinity, NaN, 2 ** 60, [], {}, [undefined], true, '2024-02-30', '0999', '2024-13'];
    // Every path to a value in the fixture (objects and lists too), and the parent object it sits in.
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(base, []);
    // Fields the fixture leaves out, and a key no schema has, on each kind of object.
    const parents = new Set(paths.map((p) => JSON.stringify(p.slice(0, -1))));
    const extra = ['zzz', 'note', 'place', 'country', 'wikidata', 'credibility', 'inferred', 'date', 'label', 'aliases', 'basis', 'value', 'start', 'end', '$schema'];
    for (const parent of parents) for (const key of extra) paths.push([...(JSON.parse(parent) as Array<string | number>), key]);
    let accepted = 0;
    let checked = 0;
    for (const path of paths)
      for (const value of bad) {
        const facts = clone(base);
        let at = facts as Obj;
        for (const step of path.slice(0, -1)) at = at[step] as Obj;
        if (typeof at !== 'object' || at === null) continue;
        at[path.at(-1) as string] = value;
        checked += 1;
        if (expectAgrees(facts, `${path.join('.')} = ${String(value).slice(0, 20)}`)) accepted += 1;
      }
    // Most breakages are refused; some values are fine where they land (a 0 start, a year as a
    // date, an optional field left out): those must come out as zod has them.
    expect(checked).toBeGreaterThan(2000);
    expect(accepted).toBeGreaterThan(0);
    expect(checked - accepted).toBeGreaterThan(checked / 2);
  });

  it('dates: the schema refinements (a range in order, a value of its precision, a basis when inferred)', () => {
    const withDate = (date: Obj) => {
      const facts = clone(factsOf('mini')) as { events: Obj[] };
      (facts.events[0] as Obj).date = date;
      return facts;
    };
    const cases: Obj[] = [
      { precision: 'range', start: '2024-05', end: '2024-01', certainty: 'stated' },
      { precision: 'range', start: '2024-01', certainty: 'stated' },
      { precision: 'day', value: '2024-05', certainty: 'stated' },
      { precision: 'year', certainty: 'stated' },
      { precision: 'day', value: '2024-05-01', certainty: 'inferred', basis: '  ' },
      { precision: 'unknown', certainty: 'stated', stated: 'x'.repeat(301) },
    ];
    for (const date of cases) expect(fastFacts(withDate(date)), JSON.stringify(date)).toBeNull();
    for (const date of [
      { precision: 'range', start: '2024-01', end: '2024-05', certainty: 'stated' },
      { precision: 'day', value: '2024-05-01', certainty: 'inferred', basis: ' read off the masthead ' },
      { precision: 'unknown', certainty: 'unknown', stated: ' last week ' },
    ])
      expect(expectAgrees(withDate(date), JSON.stringify(date))).toBe(true);
  });

  it('leaves the wording of problems to zod, and spares a valid dataset the zod parse', () => {
    const broken = clone(factsOf('mini')) as { entities: Obj[] };
    (broken.entities[0] as Obj).kind = 'planet';
    expect(parseFacts(broken)).toEqual(factsSchema.safeParse(broken));
    const spy = vi.spyOn(factsSchema, 'safeParse');
    const raw = { documentFile: 'document.json', document: JSON.parse(read('mini', 'document.json')) as unknown, factsFile: 'facts.json', texts: { 'source.txt': read('mini', 'source.txt') } };
    expect(validateDataset({ ...raw, facts: factsOf('mini') }).ok).toBe(true);
    expect(spy).not.toHaveBeenCalled();
    const result = validateDataset({ ...raw, facts: broken });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['entities[0].kind']);
  });
});
