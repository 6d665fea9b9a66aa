// The English of a sentence, as far as the data has it: the curators translate each quote (the
// evidence of a fact), not whole sentences, so a sentence's English is the translations of the
// outermost quotes inside it, in text order. Pure; the article panel shows it on demand.
import type { Evidence } from '../domain/schema';
import type { GraphModel } from './model';

export interface QuoteEnglish {
  start: number;
  end: number;
  quote: string;
  translation: string;
}

export function sentenceEnglish(model: GraphModel, docId: string, range: { start: number; end: number }): QuoteEnglish[] {
  const { entities, events, relations } = model.dataset;
  const all: Evidence[] = [
    ...events.flatMap((e) => [...e.evidence, ...e.participants.flatMap((p) => p.evidence ?? [])]),
    ...relations.flatMap((r) => r.evidence),
    ...entities.flatMap((e) => e.evidence),
  ].filter((ev) => ev.doc === docId && ev.start >= range.start && ev.end <= range.end);
  // Longest first at each start, then drop what an earlier kept quote already contains.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteEnglish[] = [];
  for (const ev of all) {
    const last = kept[kept.length - 1];
    if (last && ev.end <= last.end) continue;
    kept.push({ start: ev.start, end: ev.end, quote: ev.quote, translation: ev.translation });
  }
  return kept;
}
