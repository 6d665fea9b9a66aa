// Removing a fact safely: an entity may be another fact's place, participant, relation end or
// country. Removing it alone would leave ids that point at nothing (data:check rejects them), so
// the workbench first names the facts that refer to it (referrers) and, if the curator goes on,
// removes the entity together with those references in one action (one undo step). Pure.
import type { Facts } from '../domain/schema';
import type { DraftAction } from './draft';

export type Section = 'entities' | 'events' | 'relations';

/** How one fact refers to the entity: what goes if the entity goes. */
export type Referrer =
  /** An event held there: its place is dropped. */
  | { section: 'events'; id: string; how: 'place' }
  /** An event it takes part in: that participant (with its own quotes) is dropped. */
  | { section: 'events'; id: string; how: 'participant' }
  /** A relation it is an end of: the relation goes (a relation cannot lose an end). */
  | { section: 'relations'; id: string; how: 'source' | 'target' }
  /** An entity whose country it is: that country is dropped. */
  | { section: 'entities'; id: string; how: 'country' };

/** The facts that refer to the entity `id`, in the fact list's order (one entry per way it is referred to). */
export function referrers(facts: Facts, section: Section, id: string): Referrer[] {
  if (section !== 'entities') return []; // events and relations are referred to by nothing
  const out: Referrer[] = [];
  for (const e of facts.entities) if (e.id !== id && e.country === id) out.push({ section: 'entities', id: e.id, how: 'country' });
  for (const e of facts.events) {
    if (e.place === id) out.push({ section: 'events', id: e.id, how: 'place' });
    if (e.participants.some((p) => p.entity === id)) out.push({ section: 'events', id: e.id, how: 'participant' });
  }
  for (const r of facts.relations) {
    if (r.source === id) out.push({ section: 'relations', id: r.id, how: 'source' });
    else if (r.target === id) out.push({ section: 'relations', id: r.id, how: 'target' });
  }
  return out;
}

/**
 * One action (one undo step) that removes the fact and every reference to it: places and
 * countries dropped, participants dropped (highest index first, so the indexes stay right),
 * relations with it as an end removed. Nothing left points at a missing id. The decisions on a
 * removed entity's mentions are forgotten too: an entity made again has its mentions proposed
 * again, not hidden by what was decided for the one removed.
 */
export function removeWithReferences(facts: Facts, section: Section, id: string, decisions: Readonly<Record<string, unknown>> = {}): DraftAction {
  const actions: DraftAction[] = [];
  if (section === 'entities') for (const key of Object.keys(decisions)) if (key.startsWith(`mention:${id}:`)) actions.push({ type: 'reopenSuggestion', id: key });
  if (section === 'entities') {
    for (const e of facts.entities) if (e.id !== id && e.country === id) actions.push({ type: 'updateEntity', id: e.id, patch: { country: undefined } });
    for (const e of facts.events) {
      if (e.place === id) actions.push({ type: 'updateEvent', id: e.id, patch: { place: undefined } });
      for (let i = e.participants.length - 1; i >= 0; i--) if (e.participants[i]?.entity === id) actions.push({ type: 'removeParticipant', eventId: e.id, index: i });
    }
    for (const r of facts.relations) if (r.source === id || r.target === id) actions.push({ type: 'removeRelation', id: r.id });
  }
  actions.push({ type: ({ entities: 'removeEntity', events: 'removeEvent', relations: 'removeRelation' } as const)[section], id });
  return { type: 'batch', actions };
}
