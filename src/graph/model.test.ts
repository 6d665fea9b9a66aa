import { describe, expect, it } from 'vitest';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildGraphModel, evidenceOf } from './model';

const model = buildGraphModel(loadAllDatasets('data'));

describe('evidence per edge', () => {
  it('a participation edge carries its participant’s own quotes, not every quote of its event', () => {
    const edges = model.edges.filter((e) => e.type === 'participation' && e.participant !== undefined);
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      const event = model.eventById.get(edge.factId)!;
      const own = event.participants[edge.participant!]!;
      expect(own.entity).toBe(edge.target);
      expect(evidenceOf(model, edge.id), edge.id).toEqual(own.evidence);
    }
  });

  it('the host of the Baku meeting is evidenced by his own sentence, not the headline', () => {
    const event = model.eventById.get('baku-intelligence-meeting')!;
    const index = event.participants.findIndex((p) => p.entity === 'karim-valiyev');
    const edge = model.edges.find((e) => e.factId === event.id && e.participant === index)!;
    const quotes = evidenceOf(model, edge.id).map((q) => q.quote);
    expect(quotes.every((q) => q.includes('ولی'))).toBe(true);
    expect(evidenceOf(model, event.id).length).toBeGreaterThan(quotes.length);
  });
});
