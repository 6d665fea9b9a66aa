// Sentence boundaries of a stored text and the share of sentences that carry a fact's quote: the
// workbench's live measure of how much of an article has been read into facts. Pure.
import type { Evidence, Facts } from '../domain/schema';

export interface Span {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '。', '۔']);
/** Closing marks that belong to the sentence they end: «…؟» , "…." , (…!). */
const CLOSERS = new Set(['»', '"', '\'', '”', '’', ')', ']', '}', '›']);
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Latin abbreviations that end in a full stop without ending a sentence (lower-cased). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'no', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'inc', 'ltd', 'co', 'corp', 'approx', 'dept', 'fig', 'vol', 'pp', 'u.s', 'u.k', 'u.n']);

/** Whether the full stop at `i` ends a sentence (not a decimal point, an initial or an abbreviation). */
function fullStopEnds(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (DIGIT.test(before) && DIGIT.test(after)) return false; // «۱.۵», "3.14"
  // The Latin word before the stop, with inner stops ("U.S", "e.g").
  const word = /[A-Za-z.]*[A-Za-z]$/.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
  if (word.length === 1) return false; // an initial: "J. Smith"
  if (word && ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A stop followed directly by a Latin letter or digit is inside a token ("example.com", "a.m");
  // followed by a Persian letter it is a missing space after a full stop, common in pasted text.
  if (/[A-Za-z0-9]/.test(after)) return false;
  return true;
}

/**
 * Sentence spans of `text`, in order, trimmed of surrounding whitespace: a sentence ends at «.»,
 * «؟», «!», «?» or «…» (with the closing quotes or brackets after it) and at every line break
 * (a headline has no full stop). Decimals («۱.۵»), initials and common Latin abbreviations do
 * not end one. Spans with no letter or digit (a lone «***») are left out.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s && LETTER_OR_DIGIT.test(text.slice(s, e))) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r' || c === '\u2029') {
      close(i);
      continue;
    }
    if (!TERMINATORS.has(c) || (c === '.' && !fullStopEnds(text, i))) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end] as string) || CLOSERS.has(text[end] as string))) end++;
    close(end);
    i = end - 1;
  }
  close(text.length);
  return spans;
}

export interface Coverage {
  /** How many sentences the text has. */
  sentences: number;
  /** How many of them overlap at least one quote of a fact. */
  withFact: number;
  /** withFact / sentences (0 for a text without sentences). */
  share: number;
  /** Every sentence with whether it carries a fact, for the reading view. */
  spans: Array<Span & { covered: boolean }>;
}

/** Every quote of every fact: entities, events, each participant's own, relations. */
export function allEvidence(facts: Pick<Facts, 'entities' | 'events' | 'relations'>): Evidence[] {
  return [
    ...facts.entities.flatMap((e) => e.evidence),
    ...facts.events.flatMap((e) => [...e.evidence, ...e.participants.flatMap((p) => p.evidence)]),
    ...facts.relations.flatMap((r) => r.evidence),
  ];
}

/**
 * The share of the text's sentences that carry at least one fact's quote (a quote overlapping the
 * sentence). `doc`, when given, counts only quotes of that document (the facts may be a corpus).
 */
export function factCoverage(text: string, facts: Pick<Facts, 'entities' | 'events' | 'relations'>, doc?: string): Coverage {
  const spans = sentenceSpans(text);
  const quotes = allEvidence(facts)
    .filter((ev) => doc === undefined || ev.doc === doc)
    .sort((a, b) => a.start - b.start);
  // Sweep: sentences and quotes both in order of start; a quote overlaps sentences from the first
  // one ending after its start while they start before its end.
  const covered = new Array<boolean>(spans.length).fill(false);
  let first = 0;
  for (const q of quotes) {
    while (first < spans.length && (spans[first] as Span).end <= q.start) first++;
    for (let k = first; k < spans.length && (spans[k] as Span).start < q.end; k++) covered[k] = true;
  }
  const withFact = covered.filter(Boolean).length;
  return {
    sentences: spans.length,
    withFact,
    share: spans.length === 0 ? 0 : withFact / spans.length,
    spans: spans.map((s, i) => ({ ...s, covered: covered[i] as boolean })),
  };
}
