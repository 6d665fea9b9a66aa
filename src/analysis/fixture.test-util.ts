// A small hand-made graph for the analysis tests: its answers can be worked out on paper.
//   a —r1— b ; a, c take part in event e1 ; c, d, x in e2 ; d —r2— f ; g alone ; b, f in e3
import type { Dataset, Evidence } from '../domain/schema';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../graph/filter';
import { buildGraphModel } from '../graph/model';
import { buildSubgraph } from './subgraph';

const ev = (n: number): Evidence => ({ doc: 'd', quote: `q${n}`, start: n, end: n + 1, translation: `t${n}` });
const person = (id: string) => ({ id, kind: 'person' as const, name: { en: id.toUpperCase(), fa: `ف${id}` }, aliases: [], evidence: [ev(0)] });
const event = (id: string, who: string[], n: number) => ({
  id,
  kind: 'meeting' as const,
  label: { en: `meeting ${id}`, fa: `دیدار ${id}` },
  shortLabel: { en: `meeting ${id}`, fa: `دیدار ${id}` },
  // Each participant's own quote is numbered after the event's: n+1, n+2, …
  participants: who.map((entity, i) => ({ entity, role: 'participant', roleFa: 'شرکت‌کننده', evidence: [ev(n + 1 + i)] })),
  date: { precision: 'day' as const, value: '2023-01-08', certainty: 'stated' as const },
  status: 'happened' as const,
  evidence: [ev(n)],
});
const relation = (id: string, source: string, target: string, n: number) => ({ id, kind: 'supports' as const, source, target, evidence: [ev(n)] });

export function tinyDataset(): Dataset {
  return {
    documents: [
      {
        id: 'd',
        title: { en: 'Doc', fa: 'سند' },
        language: 'fa',
        outlet: { en: 'O', fa: 'ا' },
        citationChain: [],
        published: { precision: 'unknown', certainty: 'unknown' },
        textFile: 'x.txt',
        sha256: '0'.repeat(64),
        uncoveredSentences: [],
      },
    ],
    texts: { d: 'x'.repeat(100) },
    entities: ['a', 'b', 'c', 'd', 'f', 'g', 'x'].map(person),
    events: [event('e1', ['a', 'c'], 10), event('e2', ['c', 'd', 'x'], 20), event('e3', ['b', 'f'], 30)],
    relations: [relation('r1', 'a', 'b', 40), relation('r2', 'd', 'f', 50)],
  };
}

export function tinySubgraph() {
  const model = buildGraphModel(tinyDataset());
  return buildSubgraph(model, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER));
}
