import { describe, expect, it } from 'vitest';
import { buildGraphModel } from './model';
import { generateCorpus, prng, validateCorpus } from './synth';

function validate(elements: number, seed = 7) {
  const corpus = generateCorpus({ elements, seed });
  const result = validateCorpus(corpus);
  return { corpus, result };
}

describe('synthetic corpus', () => {
  it('is a valid dataset whose quotes are exact slices of its text', () => {
    const { corpus, result } = validate(1000);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    const ev = corpus.facts.events[3]!.evidence[0]!;
    expect(corpus.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('makes about the asked number of elements, with every node placed', () => {
    const { corpus, result } = validate(5000);
    if (!result.ok) throw new Error('invalid');
    const model = buildGraphModel(result.dataset);
    const total = model.nodes.length + model.edges.length;
    expect(total).toBeGreaterThan(4500);
    expect(total).toBeLessThan(5500);
    for (const node of model.nodes) expect(corpus.layout.positions[node.id]).toHaveLength(2);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateCorpus({ elements: 800, seed: 3 });
    const b = generateCorpus({ elements: 800, seed: 3 });
    const c = generateCorpus({ elements: 800, seed: 4 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.text).not.toBe(c.text);
    const r = prng(1);
    expect([r(), r()]).toEqual([prng(1)(), (() => { const q = prng(1); q(); return q(); })()]);
  });
});
