// One copy of each repeated string in a dataset's facts. JSON.parse makes a new string for every
// string value it reads, and the validator keeps those strings, so the same quote, document id,
// role or date word read 10,000 times stays 10,000 strings in memory. In the 100k-element bench
// bundle that was ~1 M duplicate copies, 25 MB of a 207 MB heap (a heap snapshot, by the property
// holding each copy: evidence quotes 8.0 MB, their translations 4.7 MB, evidence document ids
// 2.1 MB, roles, kinds and date words most of the rest): a fact reported by several documents,
// and each participant of an event, carries the same quotes.
//
// Only the fields where copies pile up are visited, by the schema's shape: a generic walk over
// every value of the parsed file cost as much CPU as JSON.parse itself.
import type { Evidence, FuzzyDate } from './schema';

interface InternableFacts {
  entities: ReadonlyArray<{ evidence: Evidence[] }>;
  events: ReadonlyArray<{ kind: string; status: string; date: FuzzyDate; evidence: Evidence[]; participants: Array<{ entity: string; role: string; roleFa: string; evidence: Evidence[] }> }>;
  relations: ReadonlyArray<{ kind: string; date?: FuzzyDate; evidence: Evidence[] }>;
}

/** A table of first-seen strings: `one(s)` is the first string equal to `s` it was given. */
export function stringTable(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

/**
 * Replaces, in place, the repeated strings of the facts (evidence, roles, kinds, date words) with
 * one shared copy each; returns `facts`. Equal strings stay equal: nothing a reader sees changes.
 */
export function internFacts<T extends InternableFacts>(facts: T, one: (s: string) => string = stringTable()): T {
  const evidence = (list: Evidence[]) => {
    for (const e of list) {
      e.doc = one(e.doc);
      e.quote = one(e.quote);
      e.translation = one(e.translation);
    }
  };
  const date = (d: FuzzyDate | undefined) => {
    if (!d) return;
    if (d.stated !== undefined) d.stated = one(d.stated);
    d.precision = one(d.precision) as FuzzyDate['precision'];
    d.certainty = one(d.certainty) as FuzzyDate['certainty'];
    if (d.value !== undefined) d.value = one(d.value);
  };
  for (const entity of facts.entities) evidence(entity.evidence);
  for (const event of facts.events) {
    event.kind = one(event.kind);
    event.status = one(event.status);
    date(event.date);
    evidence(event.evidence);
    for (const p of event.participants) {
      p.entity = one(p.entity);
      p.role = one(p.role);
      p.roleFa = one(p.roleFa);
      evidence(p.evidence);
    }
  }
  for (const relation of facts.relations) {
    relation.kind = one(relation.kind);
    date(relation.date);
    evidence(relation.evidence);
  }
  return facts;
}
