// Removing a fact that others refer to: the referrers are named, and removing with references
// leaves no id pointing at nothing (data:check's reference check passes), in one undo step.
import type { Entity, KEvent, Participant } from '../domain/schema';
import { createHistory, draftReducer, pushHistory, spanEvidence, undo, validateDraft, type Draft } from './draft';
import { referrers, removeWithReferences } from './removal';
import { testDraft } from './testDraft';

const TEXT = 'ترکیه و جمهوری آذربایجان در باکو دیدار کردند.';

function draft(): Draft {
  const d = testDraft(TEXT);
  const quote = (q: string) => {
    const start = TEXT.indexOf(q);
    return spanEvidence(TEXT, start, start + q.length, { doc: d.document.id, translation: q });
  };
  const entity = (id: string, kind: Entity['kind'], fa: string, extra: Partial<Entity> = {}): Entity => ({ id, kind, name: { fa, en: id }, aliases: [], evidence: [quote(fa)], ...extra });
  const participant = (who: string): Participant => ({ entity: who, role: 'participant', roleFa: 'شرکت‌کننده', evidence: [quote(TEXT)] });
  const meeting: KEvent = {
    id: 'baku-meeting',
    kind: 'meeting',
    label: { fa: 'دیدار باکو', en: 'Baku meeting' },
    shortLabel: { fa: 'دیدار باکو', en: 'Baku meeting' },
    participants: [participant('turkey'), participant('azerbaijan'), participant('azerbaijan')],
    place: 'baku',
    date: { precision: 'unknown', certainty: 'unknown' },
    status: 'happened',
    evidence: [quote(TEXT)],
  };
  return {
    ...d,
    facts: {
      entities: [entity('turkey', 'country', 'ترکیه'), entity('azerbaijan', 'country', 'جمهوری آذربایجان'), entity('baku', 'place', 'باکو', { country: 'azerbaijan' })],
      events: [meeting],
      relations: [{ id: 'turkey-supports-azerbaijan', kind: 'supports', source: 'turkey', target: 'azerbaijan', evidence: [quote(TEXT)] }],
    },
  };
}

const referenceIssues = (d: Draft) => validateDraft(d).filter((i) => i.rule === 'reference');

describe('referrers', () => {
  it('names every fact that refers to an entity, and how', () => {
    const d = draft();
    expect(validateDraft(d)).toEqual([]);
    expect(referrers(d.facts, 'entities', 'azerbaijan')).toEqual([
      { section: 'entities', id: 'baku', how: 'country' },
      { section: 'events', id: 'baku-meeting', how: 'participant' },
      { section: 'relations', id: 'turkey-supports-azerbaijan', how: 'target' },
    ]);
    expect(referrers(d.facts, 'entities', 'baku')).toEqual([{ section: 'events', id: 'baku-meeting', how: 'place' }]);
    expect(referrers(d.facts, 'events', 'baku-meeting')).toEqual([]);
    expect(referrers(d.facts, 'relations', 'turkey-supports-azerbaijan')).toEqual([]);
  });
});

describe('removeWithReferences', () => {
  it('removes the entity, its participants (all of them), the relation it ends and the country it is, and nothing dangles', () => {
    const d = draft();
    const after = draftReducer(d, removeWithReferences(d.facts, 'entities', 'azerbaijan'));
    expect(after.facts.entities.map((e) => e.id)).toEqual(['turkey', 'baku']);
    expect(after.facts.entities[1]).not.toHaveProperty('country');
    expect(after.facts.events[0]?.participants.map((p) => p.entity)).toEqual(['turkey']);
    expect(after.facts.events[0]?.place).toBe('baku');
    expect(after.facts.relations).toEqual([]);
    expect(referenceIssues(after)).toEqual([]);
    // Removing it alone (the old Remove) leaves references to a missing id, as data:check says.
    expect(referenceIssues(draftReducer(d, { type: 'removeEntity', id: 'azerbaijan' })).length).toBeGreaterThan(0);
  });

  it("drops an event's place when the place goes, the event kept", () => {
    const d = draft();
    const after = draftReducer(d, removeWithReferences(d.facts, 'entities', 'baku'));
    expect(after.facts.events[0]).not.toHaveProperty('place');
    expect(after.facts.events[0]?.participants).toHaveLength(3);
    expect(validateDraft(after)).toEqual([]);
  });

  it('is one undo step that brings everything back', () => {
    const d = draft();
    const h = pushHistory(createHistory(d), draftReducer(d, removeWithReferences(d.facts, 'entities', 'azerbaijan')));
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toEqual(d);
  });

  it('removes an event or a relation alone (nothing refers to them)', () => {
    const d = draft();
    expect(draftReducer(d, removeWithReferences(d.facts, 'events', 'baku-meeting')).facts.events).toEqual([]);
    const r = draftReducer(d, removeWithReferences(d.facts, 'relations', 'turkey-supports-azerbaijan'));
    expect(r.facts.relations).toEqual([]);
    expect(r.facts.entities).toEqual(d.facts.entities);
  });

  it("forgets the decisions on a removed entity's mentions (made again, its mentions are proposed again), others kept", () => {
    const d = { ...draft(), decisions: { 'mention:baku:10:14': 'dismissed', 'mention:baku:30:34': 'accepted', 'mention:bakunin:1:2': 'dismissed', 'date:x': 'dismissed' } as const };
    const after = draftReducer(d, removeWithReferences(d.facts, 'entities', 'baku', d.decisions));
    expect(after.decisions).toEqual({ 'mention:bakunin:1:2': 'dismissed', 'date:x': 'dismissed' });
    expect(undo(pushHistory(createHistory(d), after)).present.decisions).toEqual(d.decisions);
  });
});
