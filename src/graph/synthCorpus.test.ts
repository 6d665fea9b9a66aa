import { describe, expect, it } from 'vitest';
import { readBundle } from '../domain/bundle';
import { buildGraphModel } from './model';
import { defaultDocumentCount, generateDocuments, generateMultiCorpus, toSynthBundle } from './synthCorpus';

type Ev = { doc: string; quote: string; start: number; end: number };

/** Every quote of the corpus with the fact it belongs to. */
function quotes(facts: ReturnType<typeof generateMultiCorpus>['facts']): Array<{ fact: string; ev: Ev }> {
  const out: Array<{ fact: string; ev: Ev }> = [];
  for (const e of facts.entities) for (const ev of e.evidence) out.push({ fact: e.id, ev });
  for (const e of facts.events) {
    for (const ev of e.evidence) out.push({ fact: e.id, ev });
    for (const p of e.participants) for (const ev of p.evidence) out.push({ fact: `${e.id}/${p.entity}`, ev });
  }
  for (const r of facts.relations) for (const ev of r.evidence) out.push({ fact: r.id, ev });
  return out;
}

const corpus = generateMultiCorpus({ elements: 6000, seed: 11, id: 'mdoc' });
const texts = new Map(corpus.docs.map((d) => [d.document.id, d.text]));

describe('multi-document synthetic corpus', () => {
  it('is a bundle the app reads without a single issue: every quote is the exact slice of the text of the document it names', () => {
    const read = readBundle('corpus.json', JSON.parse(JSON.stringify(toSynthBundle(corpus))));
    expect(read.issues).toEqual([]);
    expect(read.ok).toBe(true);
    const all = quotes(corpus.facts);
    expect(all.length).toBeGreaterThan(6000);
    for (const { ev } of all) expect(texts.get(ev.doc)?.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('makes about the asked number of elements over about one document per hundred, every node placed', () => {
    expect(corpus.documents).toBe(defaultDocumentCount(6000));
    expect(corpus.docs).toHaveLength(60);
    expect(new Set(corpus.docs.map((d) => d.document.id)).size).toBe(60);
    const read = readBundle('corpus.json', toSynthBundle(corpus));
    if (!read.ok) throw new Error('invalid');
    const model = buildGraphModel(read.dataset);
    const total = model.nodes.length + model.edges.length;
    expect(total).toBeGreaterThan(5400);
    expect(total).toBeLessThan(6600);
    for (const node of model.nodes) expect(corpus.layout.positions[node.id]).toHaveLength(2);
  });

  it('writes short articles: 20–40 entities and 30–80 facts each', () => {
    const entitiesPer = new Map<string, Set<string>>();
    const factsPer = new Map<string, Set<string>>();
    for (const { fact, ev } of quotes(corpus.facts)) {
      const kind = /^(c|e)-\d+$/.test(fact) ? entitiesPer : fact.includes('/') ? null : factsPer;
      if (!kind) continue;
      if (!kind.has(ev.doc)) kind.set(ev.doc, new Set());
      kind.get(ev.doc)!.add(fact);
    }
    for (const { document } of corpus.docs) {
      const entities = entitiesPer.get(document.id)?.size ?? 0;
      const facts = factsPer.get(document.id)?.size ?? 0;
      expect(entities, document.id).toBeGreaterThanOrEqual(20);
      expect(entities, document.id).toBeLessThanOrEqual(40);
      expect(facts, document.id).toBeGreaterThanOrEqual(30);
      expect(facts, document.id).toBeLessThanOrEqual(80);
    }
  });

  it('shares entities across documents by id, corroborates some facts, and is one connected web', () => {
    const docsOf = (evidence: Ev[]) => new Set(evidence.map((ev) => ev.doc)).size;
    const entityDocs = corpus.facts.entities.map((e) => docsOf(e.evidence));
    // Every entity is quoted somewhere; most by more than one article, countries by many.
    expect(Math.min(...entityDocs)).toBeGreaterThanOrEqual(1);
    expect(entityDocs.filter((n) => n >= 2).length / entityDocs.length).toBeGreaterThan(0.3);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const countryDocs = corpus.facts.entities.filter((e) => e.kind === 'country').map((e) => docsOf(e.evidence));
    expect(Math.min(...countryDocs)).toBeGreaterThanOrEqual(3);
    expect(mean(countryDocs)).toBeGreaterThan(2 * mean(entityDocs));
    const corroborated = corpus.facts.events.filter((e) => docsOf(e.evidence) >= 2).length;
    expect(corroborated / corpus.facts.events.length).toBeGreaterThan(0.15);
    expect(corpus.facts.relations.some((r) => docsOf(r.evidence) >= 2)).toBe(true);

    const read = readBundle('corpus.json', toSynthBundle(corpus));
    if (!read.ok) throw new Error('invalid');
    // The merged dataset keeps every entity once: shared by id, not duplicated per article.
    expect(read.dataset.entities).toHaveLength(corpus.facts.entities.length);
    const model = buildGraphModel(read.dataset);
    const parent = new Map(model.nodes.map((n) => [n.id, n.id]));
    const find = (id: string): string => {
      let root = id;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    for (const e of model.edges) parent.set(find(e.source), find(e.target));
    const sizes = new Map<string, number>();
    for (const n of model.nodes) sizes.set(find(n.id), (sizes.get(find(n.id)) ?? 0) + 1);
    expect(Math.max(...sizes.values()) / model.nodes.length).toBeGreaterThan(0.9);
  });

  it('is deterministic for a seed, hands documents over in order as they are made, and differs across seeds', () => {
    const again = generateMultiCorpus({ elements: 6000, seed: 11, id: 'mdoc' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(corpus));
    const order: number[] = [];
    generateDocuments({ elements: 1500, seed: 2, documents: 7 }, (_doc, i) => order.push(i));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(generateMultiCorpus({ elements: 6000, seed: 12, id: 'mdoc' }).docs[0]?.text).not.toBe(corpus.docs[0]?.text);
  });
});
