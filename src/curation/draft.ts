// The curation document model: one document, its stored text and the facts drawn from it, changed
// only through a pure reducer so every change can be undone (history.ts), saved and replayed.
// Ids that do not resolve leave the draft unchanged (the same object), so a stale action from a
// closed form is harmless and adds no history step.
import type { DocumentMeta, Entity, Evidence, Facts, KEvent, Participant, Relation } from '../domain/schema';
import { sha256Hex } from '../domain/validate';

export { canRedo, canUndo, createHistory, DEFAULT_HISTORY_LIMIT, pushHistory, redo, undo, type History } from './history';

export interface Draft {
  document: DocumentMeta;
  /** The stored text, exactly as given: never normalised (ZWNJ kept). */
  text: string;
  facts: Facts;
  /** Suggestion ids (mentions.ts, datePhrases.ts) the curator accepted or dismissed. */
  decisions: Readonly<Record<string, 'accepted' | 'dismissed'>>;
}

/** Where a quote goes: a fact's own evidence, or one participant's (by event id and index). */
export type EvidenceTarget =
  | { kind: 'entity' | 'event' | 'relation'; id: string }
  | { kind: 'participant'; eventId: string; index: number };

export type DraftAction =
  | { type: 'setDocument'; patch: Partial<DocumentMeta> }
  | { type: 'setText'; text: string }
  | { type: 'setUrl'; url: string }
  | { type: 'addEntity'; entity: Entity }
  /** The update actions merge their patch into the fact; a key patched to undefined is removed. */
  | { type: 'updateEntity'; id: string; patch: Partial<Entity> }
  | { type: 'removeEntity'; id: string }
  | { type: 'addEvent'; event: KEvent }
  | { type: 'updateEvent'; id: string; patch: Partial<KEvent> }
  | { type: 'removeEvent'; id: string }
  | { type: 'addRelation'; relation: Relation }
  | { type: 'updateRelation'; id: string; patch: Partial<Relation> }
  | { type: 'removeRelation'; id: string }
  | { type: 'addParticipant'; eventId: string; participant: Participant }
  | { type: 'updateParticipant'; eventId: string; index: number; patch: Partial<Participant> }
  | { type: 'removeParticipant'; eventId: string; index: number }
  | { type: 'addEvidence'; target: EvidenceTarget; evidence: Evidence }
  | { type: 'updateEvidence'; target: EvidenceTarget; index: number; patch: Partial<Evidence> }
  | { type: 'removeEvidence'; target: EvidenceTarget; index: number }
  | { type: 'acceptSuggestion'; id: string }
  | { type: 'dismissSuggestion'; id: string }
  | { type: 'reopenSuggestion'; id: string }
  /** Several actions as one step (one undo): accepting a suggestion adds the fact and records the decision. */
  | { type: 'batch'; actions: readonly DraftAction[] };

/** A new draft; the text is kept as given and its sha256 set on the document. */
export function createDraft(
  document: Omit<DocumentMeta, 'sha256' | 'uncoveredSentences'> & Partial<Pick<DocumentMeta, 'sha256' | 'uncoveredSentences'>>,
  text: string,
  facts?: Partial<Facts>,
): Draft {
  return {
    document: { ...document, uncoveredSentences: document.uncoveredSentences ?? [], sha256: sha256Hex(text) },
    text,
    facts: { entities: facts?.entities ?? [], events: facts?.events ?? [], relations: facts?.relations ?? [] },
    decisions: {},
  };
}

type Section = 'entities' | 'events' | 'relations';

function replaceIn<T extends { id: string }>(list: readonly T[], id: string, change: (item: T) => T): T[] | null {
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) return null;
  const next = change(list[i] as T);
  if (next === list[i]) return null;
  return [...list.slice(0, i), next, ...list.slice(i + 1)];
}

/**
 * A fact with a patch applied; a key patched to undefined is removed (an emptied optional field is
 * an absent key, as data:check reads it). A patch that changes nothing gives the same fact back: an
 * edit form saved unchanged adds no undo step.
 */
function patched<T extends object>(fact: T, patch: Partial<T>): T {
  const same = (key: keyof T) => JSON.stringify(fact[key]) === JSON.stringify(patch[key]);
  if ((Object.keys(patch) as Array<keyof T>).every(same)) return fact;
  const next = { ...fact, ...patch };
  for (const key of Object.keys(patch) as Array<keyof T>) if (patch[key] === undefined) delete next[key];
  return next;
}

function withSection<S extends Section>(draft: Draft, section: S, list: Facts[S] | null): Draft {
  return list ? { ...draft, facts: { ...draft.facts, [section]: list } } : draft;
}

function changeParticipants(draft: Draft, eventId: string, change: (ps: Participant[]) => Participant[] | null): Draft {
  return withSection(draft, 'events', replaceIn(draft.facts.events, eventId, (e) => {
    const ps = change(e.participants);
    return ps ? { ...e, participants: ps } : e;
  }));
}

const inRange = (list: readonly unknown[], index: number) => Number.isInteger(index) && index >= 0 && index < list.length;

function changeEvidence(draft: Draft, target: EvidenceTarget, change: (ev: Evidence[]) => Evidence[] | null): Draft {
  if (target.kind === 'participant')
    return changeParticipants(draft, target.eventId, (ps) => {
      const p = ps[target.index];
      if (!p) return null;
      const ev = change(p.evidence);
      return ev ? ps.map((x, i) => (i === target.index ? { ...x, evidence: ev } : x)) : null;
    });
  const section = ({ entity: 'entities', event: 'events', relation: 'relations' } as const)[target.kind];
  const list = draft.facts[section] as ReadonlyArray<Entity | KEvent | Relation>;
  const next = replaceIn(list, target.id, (fact) => {
    const ev = change(fact.evidence);
    return ev ? { ...fact, evidence: ev } : fact;
  });
  return withSection(draft, section, next as Facts[typeof section] | null);
}

function decide(draft: Draft, id: string, decision: 'accepted' | 'dismissed' | null): Draft {
  if ((draft.decisions[id] ?? null) === decision) return draft;
  const decisions = { ...draft.decisions };
  if (decision) decisions[id] = decision;
  else delete decisions[id];
  return { ...draft, decisions };
}

/** Applies one action. Pure: returns a new draft, or the same one when nothing changed. */
export function draftReducer(draft: Draft, action: DraftAction): Draft {
  const { facts } = draft;
  switch (action.type) {
    case 'setDocument': {
      const document = { ...draft.document, ...action.patch, sha256: sha256Hex(draft.text) };
      // A renamed document takes its quotes along: evidence names its document by id.
      return { ...draft, document, facts: renameDoc(draft.facts, draft.document.id, document.id) };
    }
    case 'setText':
      // Offsets of existing quotes are not moved: validation then shows every quote that no longer matches.
      return action.text === draft.text ? draft : { ...draft, text: action.text, document: { ...draft.document, sha256: sha256Hex(action.text) } };
    case 'setUrl': {
      // The document's url (schema.ts): an emptied field is an absent key, as data:check reads it.
      if (action.url === (draft.document.url ?? '')) return draft;
      const { url: _old, ...document } = draft.document;
      return { ...draft, document: action.url ? { ...document, url: action.url } : document };
    }
    case 'addEntity':
      return withSection(draft, 'entities', [...facts.entities, action.entity]);
    case 'updateEntity':
      return withSection(draft, 'entities', replaceIn(facts.entities, action.id, (e) => patched(e, action.patch)));
    case 'removeEntity':
      return withSection(draft, 'entities', facts.entities.some((e) => e.id === action.id) ? facts.entities.filter((e) => e.id !== action.id) : null);
    case 'addEvent':
      return withSection(draft, 'events', [...facts.events, action.event]);
    case 'updateEvent':
      return withSection(draft, 'events', replaceIn(facts.events, action.id, (e) => patched(e, action.patch)));
    case 'removeEvent':
      return withSection(draft, 'events', facts.events.some((e) => e.id === action.id) ? facts.events.filter((e) => e.id !== action.id) : null);
    case 'addRelation':
      return withSection(draft, 'relations', [...facts.relations, action.relation]);
    case 'updateRelation':
      return withSection(draft, 'relations', replaceIn(facts.relations, action.id, (r) => patched(r, action.patch)));
    case 'removeRelation':
      return withSection(draft, 'relations', facts.relations.some((r) => r.id === action.id) ? facts.relations.filter((r) => r.id !== action.id) : null);
    case 'addParticipant':
      return changeParticipants(draft, action.eventId, (ps) => [...ps, action.participant]);
    case 'updateParticipant':
      return changeParticipants(draft, action.eventId, (ps) => (inRange(ps, action.index) ? ps.map((p, i) => (i === action.index ? { ...p, ...action.patch } : p)) : null));
    case 'removeParticipant':
      return changeParticipants(draft, action.eventId, (ps) => (inRange(ps, action.index) ? ps.filter((_, i) => i !== action.index) : null));
    case 'addEvidence':
      return changeEvidence(draft, action.target, (ev) => [...ev, action.evidence]);
    case 'updateEvidence':
      return changeEvidence(draft, action.target, (ev) => (inRange(ev, action.index) ? ev.map((e, i) => (i === action.index ? { ...e, ...action.patch } : e)) : null));
    case 'removeEvidence':
      return changeEvidence(draft, action.target, (ev) => (inRange(ev, action.index) ? ev.filter((_, i) => i !== action.index) : null));
    case 'acceptSuggestion':
      return decide(draft, action.id, 'accepted');
    case 'dismissSuggestion':
      return decide(draft, action.id, 'dismissed');
    case 'reopenSuggestion':
      return decide(draft, action.id, null);
    case 'batch':
      return action.actions.reduce(draftReducer, draft);
  }
}

/** Every evidence of the facts moved from one document id to another (the same facts when none moves). */
export function renameDoc(facts: Facts, from: string, to: string): Facts {
  if (from === to) return facts;
  const move = <T extends { evidence: Evidence[] }>(f: T): T => ({ ...f, evidence: f.evidence.map((ev) => (ev.doc === from ? { ...ev, doc: to } : ev)) });
  return {
    entities: facts.entities.map(move),
    events: facts.events.map((e) => ({ ...move(e), participants: e.participants.map(move) })),
    relations: facts.relations.map(move),
  };
}

/** Where an entity is referred to (participants, places, relation ends, countries), for a warning before removal. */
export function referencesTo(facts: Facts, entityId: string): string[] {
  const refs: string[] = [];
  facts.entities.forEach((e, i) => e.country === entityId && refs.push(`entities[${i}].country`));
  facts.events.forEach((e, i) => {
    e.participants.forEach((p, j) => p.entity === entityId && refs.push(`events[${i}].participants[${j}].entity`));
    if (e.place === entityId) refs.push(`events[${i}].place`);
  });
  facts.relations.forEach((r, i) => {
    if (r.source === entityId) refs.push(`relations[${i}].source`);
    if (r.target === entityId) refs.push(`relations[${i}].target`);
  });
  return refs;
}

/**
 * Evidence for the selection [start, end) of the stored text: the quote is exactly
 * text.slice(start, end), whatever the direction, ZWNJ or marks. RangeError for an empty or
 * out-of-range selection, or one that splits a surrogate pair (the quote would not be text).
 */
export function spanEvidence(text: string, start: number, end: number, extra: { doc?: string; translation?: string; note?: string } = {}): Evidence {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    throw new RangeError(`spanEvidence: expected 0 <= start < end <= ${text.length}, got ${start}, ${end}`);
  const low = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  if (low(start) || (end < text.length && low(end))) throw new RangeError('spanEvidence: the selection splits a character (a surrogate pair)');
  const evidence: Evidence = { doc: extra.doc ?? '', quote: text.slice(start, end), start, end, translation: extra.translation ?? '' };
  if (extra.note !== undefined) evidence.note = extra.note;
  return evidence;
}

export { validateDraft, type DraftIssue } from './draftValidate';
