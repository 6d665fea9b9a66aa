// Disputes: two documents that report the same fact (same id) but disagree on its date, place,
// participants or ends. The merge keeps the first claim on the fact; the dispute keeps BOTH claims,
// each with the documents that make it, so they are shown side by side instead of one silently
// winning. Pure.
import type { Dataset, FuzzyDate, KEvent, Relation } from './schema';

export interface Claim {
  /** The claimed value, as words a reader can compare ("2022", "tbilisi", "turkey, georgia"). */
  value: string;
  docs: string[];
}

export interface Dispute {
  fact: string;
  field: 'date' | 'place' | 'participants' | 'ends';
  claims: [Claim, Claim];
}

export function dateText(date: FuzzyDate | undefined): string {
  if (!date) return 'undated';
  if (date.precision === 'range') return `${date.start ?? '?'} – ${date.end ?? '?'}`;
  return date.value ?? 'unknown';
}

const docsOf = (fact: { evidence: Array<{ doc: string }> }) => [...new Set(fact.evidence.map((ev) => ev.doc))];

/**
 * What `incoming` says differently about facts `base` already holds. `rename` maps an entity id
 * to the one the view shows it as (merged entities), on both sides: ids it does not know are kept.
 */
export function findDisputes(base: Dataset, incoming: Dataset, rename: (id: string) => string = (id) => id): Dispute[] {
  const out: Dispute[] = [];
  const add = (fact: string, field: Dispute['field'], a: string, b: string, ours: string[], theirs: string[]) => {
    if (a !== b) out.push({ fact, field, claims: [{ value: a, docs: ours }, { value: b, docs: theirs }] });
  };
  const events = new Map<string, KEvent>(base.events.map((e) => [e.id, e]));
  for (const e of incoming.events) {
    const known = events.get(e.id);
    if (!known) continue;
    const [ours, theirs] = [docsOf(known), docsOf(e)];
    // Only a date both sides state counts: "unknown" is silence, not disagreement.
    if (known.date.precision !== 'unknown' && e.date.precision !== 'unknown') add(e.id, 'date', dateText(known.date), dateText(e.date), ours, theirs);
    if (known.place && e.place) add(e.id, 'place', rename(known.place), rename(e.place), ours, theirs);
    const who = (ids: string[]) => [...new Set(ids)].sort().join(', ');
    const held = known.participants.map((p) => rename(p.entity));
    const mine = who(held);
    const other = who(e.participants.map((p) => rename(p.entity)));
    // A document naming fewer parties is not a contradiction; naming someone else is.
    const extra = e.participants.map((p) => rename(p.entity)).filter((id) => !held.includes(id));
    if (extra.length > 0) add(e.id, 'participants', mine, other, ours, theirs);
  }
  const relations = new Map<string, Relation>(base.relations.map((r) => [r.id, r]));
  for (const r of incoming.relations) {
    const known = relations.get(r.id);
    if (known) add(r.id, 'ends', `${rename(known.source)} → ${rename(known.target)}`, `${rename(r.source)} → ${rename(r.target)}`, docsOf(known), docsOf(r));
  }
  return out;
}

/** Keeps the disputes that still make sense: the fact exists and every claim's documents are held. */
export function consistentDisputes(disputes: unknown, dataset: Dataset): Dispute[] {
  if (!Array.isArray(disputes)) return [];
  const facts = new Set([...dataset.events, ...dataset.relations].map((f) => f.id));
  const docs = new Set(dataset.documents.map((d) => d.id));
  return disputes.filter((d): d is Dispute => {
    const x = d as Partial<Dispute> | null;
    return (
      typeof x?.fact === 'string' &&
      facts.has(x.fact) &&
      ['date', 'place', 'participants', 'ends'].includes(String(x.field)) &&
      Array.isArray(x.claims) &&
      x.claims.length === 2 &&
      x.claims.every((c) => typeof c?.value === 'string' && Array.isArray(c.docs) && c.docs.length > 0 && c.docs.every((doc) => docs.has(doc)))
    );
  });
}
