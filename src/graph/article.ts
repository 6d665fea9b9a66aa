// The article beside the graph, as data: paragraphs and sentences of a source text (UTF-16
// offsets), the evidence spans anchored in it cut into non-overlapping segments that know every
// fact covering them, and sentence coverage so curation gaps show. Pure: no React, no cytoscape.
import type { GraphModel } from './model';

export interface TextRange {
  start: number;
  end: number;
}

export type FactType = 'entity' | 'event' | 'relation';

export interface EvidenceSpan extends TextRange {
  factId: string;
  type: FactType;
  /** Entity, event or relation kind. */
  kind: string;
}

/** A run of text no span boundary crosses; `facts` lists the fact ids covering it, primary first. */
export interface Segment extends TextRange {
  facts: string[];
  /** How many more facts cover this run than `facts` lists (at most SEGMENT_FACTS_MAX are listed). */
  more?: number;
}

export interface Sentence extends TextRange {
  paragraph: number;
}

export interface Paragraph extends TextRange {
  sentences: Sentence[];
  /** The first paragraph when it is one short line without a full stop: the article's title. */
  headline: boolean;
}

export interface Coverage {
  covered: number;
  total: number;
  /** Whole percent, 0 for an empty text. */
  pct: number;
  /** One flag per sentence, in order. */
  flags: boolean[];
}

/** Sentence-final punctuation: Latin and Persian question marks, exclamation mark, full stop, ellipsis. */
const TERMINATORS = new Set(['.', '؟', '?', '!', '…']);
/** Closing quotes and brackets that belong to the sentence they follow: «…» ends with ». */
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '›']);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLatinWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Where a run of sentence-final punctuation starting at `i` ends (exclusive), or -1 when the
 * character at `i` does not end a sentence: a full stop between digits (3.5) or followed by a
 * Latin letter (example.com) or after an initial (U.S.) is part of a word. Persian text often omits the space after a
 * full stop, so a Persian letter right after one still starts a new sentence.
 */
function terminatorEnd(text: string, i: number, lineEnd: number): number {
  const c = text[i];
  if (c === undefined || !TERMINATORS.has(c)) return -1;
  let j = i;
  while (j < lineEnd && TERMINATORS.has(text[j] ?? '')) j++;
  if (c === '.' && j === i + 1) {
    if (j < lineEnd && (isLatinWordChar(text[j]) || (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[j] ?? '')))) return -1;
    // An initial: "U.S.", "J. Smith".
    if (/[A-Z]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? '')) return -1;
  }
  while (j < lineEnd && CLOSERS.has(text[j] ?? '')) j++;
  return j;
}

/** Sentences of one line [from, to): trimmed ranges, each ending after its punctuation. */
function lineSentences(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = -1;
  for (let i = from; i < to; i++) {
    if (start < 0) {
      if (isSpace(text[i])) continue;
      start = i;
    }
    const end = terminatorEnd(text, i, to);
    if (end < 0) continue;
    out.push({ start, end, paragraph });
    start = -1;
    i = end - 1;
  }
  if (start >= 0) {
    let end = to;
    while (end > start && isSpace(text[end - 1])) end--;
    out.push({ start, end, paragraph });
  }
}

/**
 * Paragraphs (separated by blank lines) and their sentences. A sentence ends after '.', '؟', '?',
 * '!' or '…' (with any closing quote) and at every line break, so a headline without a full stop
 * is a sentence of its own.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Sentence[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  const close = () => {
    if (paraStart < 0) return;
    paragraphs.push({ start: paraStart, end: paraEnd, sentences: current, headline: false });
    current = [];
    paraStart = -1;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() === '') close();
    else {
      const before = current.length;
      lineSentences(text, lineStart, lineEnd, paragraphs.length, current);
      const first = current[before];
      const last = current[current.length - 1];
      if (first && last) {
        if (paraStart < 0) paraStart = first.start;
        paraEnd = last.end;
      }
    }
    lineStart = lineEnd + 1;
  }
  close();
  const first = paragraphs[0];
  if (first && first.sentences.length === 1 && first.end - first.start <= 200 && !/[.؟?!…]\W*$/u.test(text.slice(first.start, first.end)))
    first.headline = true;
  return paragraphs;
}

/** Every sentence of a text, in order. */
export function splitSentences(text: string): Sentence[] {
  return splitParagraphs(text).flatMap((p) => p.sentences);
}

/** The evidence spans of every entity, event and relation anchored in one document. */
export function evidenceSpans(model: GraphModel, docId: string): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  const add = (factId: string, type: FactType, kind: string, evidence: ReadonlyArray<{ doc: string } & TextRange>) => {
    for (const ev of evidence) if (ev.doc === docId && ev.end > ev.start) spans.push({ start: ev.start, end: ev.end, factId, type, kind });
  };
  for (const e of model.dataset.events) add(e.id, 'event', e.kind, e.evidence);
  for (const r of model.dataset.relations) add(r.id, 'relation', r.kind, r.evidence);
  for (const e of model.dataset.entities) add(e.id, 'entity', e.kind, e.evidence);
  return spans;
}

const TYPE_RANK: Record<FactType, number> = { event: 0, relation: 1, entity: 2 };

/** The most facts a segment lists (tooltip, clicks cycling through them); `more` counts the rest. */
export const SEGMENT_FACTS_MAX = 12;

type Ranked = { span: EvidenceSpan; order: number; start: number; end: number; length: number; rank: number };

const before = (x: Ranked, y: Ranked) => x.length - y.length || x.rank - y.rank || x.order - y.order;

/** A binary min-heap by `before`: the innermost spans come out first. */
class SpanHeap {
  private items: Ranked[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Ranked): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (before(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): Ranked | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && before(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Cuts overlapping spans into non-overlapping segments within [from, to), each listing the facts
 * that cover it: the innermost (shortest span) first, so a click on a name inside a quoted
 * sentence reaches the name's fact; ties go to events, then relations, then entities, then the
 * order of `spans`. At most SEGMENT_FACTS_MAX are listed, `more` counts the others. Text no span
 * covers yields no segment. The spans covering each cut wait in a heap and leave it when they
 * surface after their end, so thousands of nested quotes cost O(n log n), not n² (each segment used
 * to list, sort and keep every fact covering it).
 */
export function buildSegments(spans: readonly EvidenceSpan[], from = 0, to = Number.POSITIVE_INFINITY): Segment[] {
  const clipped: Ranked[] = spans
    .map((span, order) => ({
      span,
      order,
      start: Math.max(span.start, from),
      end: Math.min(span.end, to),
      length: span.end - span.start,
      rank: TYPE_RANK[span.type],
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const byEnd = [...clipped].sort((a, b) => a.end - b.end);
  const cuts = [...new Set(clipped.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const heap = new SpanHeap();
  // How many live spans each fact has here, and how many facts have one.
  const live = new Map<string, number>();
  let facts = 0;
  const segments: Segment[] = [];
  let next = 0;
  let ended = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? a;
    for (let s = clipped[next]; s && s.start <= a; s = clipped[++next]) {
      heap.push(s);
      const n = live.get(s.span.factId) ?? 0;
      if (n === 0) facts++;
      live.set(s.span.factId, n + 1);
    }
    for (let s = byEnd[ended]; s && s.end <= a; s = byEnd[++ended]) {
      const n = (live.get(s.span.factId) ?? 1) - 1;
      if (n === 0) facts--;
      live.set(s.span.factId, n);
    }
    if (facts === 0) continue;
    const chosen: string[] = [];
    const seen = new Set<string>();
    const keep: Ranked[] = [];
    while (chosen.length < SEGMENT_FACTS_MAX && heap.size > 0) {
      const s = heap.pop() as Ranked;
      if (s.end <= a) continue; // ended before this cut: gone for good
      keep.push(s);
      if (!seen.has(s.span.factId)) {
        seen.add(s.span.factId);
        chosen.push(s.span.factId);
      }
    }
    for (const s of keep) heap.push(s);
    const more = facts - chosen.length;
    const last = segments[segments.length - 1];
    if (last && last.end === a && sameList(last.facts, chosen) && (last.more ?? 0) === more) last.end = b;
    else segments.push(more > 0 ? { start: a, end: b, facts: chosen, more } : { start: a, end: b, facts: chosen });
  }
  return segments;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Segments covering [from, to) completely: covered runs from `buildSegments`, gaps with no facts. */
export function fillSegments(covered: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  // Segments are sorted and disjoint: skip by binary search to the first one ending after `from`.
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((covered[mid]?.end ?? Infinity) <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < covered.length; i++) {
    const seg = covered[i];
    if (!seg || seg.start >= to) break;
    const start = Math.max(seg.start, from);
    const end = Math.min(seg.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ start: at, end: start, facts: [] });
    out.push(seg.more ? { start, end, facts: seg.facts, more: seg.more } : { start, end, facts: seg.facts });
    at = end;
  }
  if (at < to) out.push({ start: at, end: to, facts: [] });
  return out;
}

/** Sorted, merged union of ranges. */
export function unionRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}

/** A sentence is covered when any evidence span overlaps it (shares at least one character). */
export function sentenceCoverage(sentences: readonly Sentence[], spans: readonly TextRange[]): Coverage {
  const union = unionRanges(spans);
  const flags = sentences.map((s) => {
    // Binary search: the last merged range starting before the sentence ends.
    let lo = 0;
    let hi = union.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((union[mid]?.start ?? Infinity) < s.end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return (union[found]?.end ?? -1) > s.start;
  });
  const covered = flags.filter(Boolean).length;
  const total = sentences.length;
  return { covered, total, pct: total === 0 ? 0 : Math.round((covered / total) * 100), flags };
}

/** The fact behind a graph element: a participation edge stands for its event. */
export function factIdOf(model: GraphModel, id: string): string {
  return model.edgeById.get(id)?.factId ?? id;
}

/** The text ranges, in order, of the evidence behind a node or edge, in one document. */
export function spansOfElement(model: GraphModel, id: string, docId: string): TextRange[] {
  const factId = factIdOf(model, id);
  const fact = model.entityById.get(factId) ?? model.eventById.get(factId) ?? model.relationById.get(factId);
  if (!fact) return [];
  return fact.evidence
    .filter((ev) => ev.doc === docId)
    .map((ev) => ({ start: ev.start, end: ev.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The document holding the first evidence of an element, if any. */
export function documentOfElement(model: GraphModel, id: string): string | undefined {
  const factId = factIdOf(model, id);
  const fact = model.entityById.get(factId) ?? model.eventById.get(factId) ?? model.relationById.get(factId);
  return fact?.evidence[0]?.doc;
}

/**
 * The fact a click on a segment selects: the primary one, or when the current selection is
 * already one of the segment's facts, the next one (so repeated clicks reach every fact).
 */
export function nextFact(facts: readonly string[], currentFactId: string | null): string | undefined {
  const at = currentFactId === null ? -1 : facts.indexOf(currentFactId);
  return facts[at < 0 ? 0 : (at + 1) % facts.length];
}

export interface ArticleData {
  docId: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  spans: EvidenceSpan[];
  /** Covered runs only, over the whole text. */
  segments: Segment[];
  coverage: Coverage;
}

/** Everything the article view draws for one document. */
export function buildArticle(model: GraphModel, docId: string): ArticleData {
  const text = model.dataset.texts[docId] ?? '';
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const spans = evidenceSpans(model, docId).filter((s) => s.end <= text.length);
  return { docId, text, paragraphs, sentences, spans, segments: buildSegments(spans), coverage: sentenceCoverage(sentences, spans) };
}
