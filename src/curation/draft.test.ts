import type { Entity, KEvent } from '../domain/schema';
import { sha256Hex } from '../domain/validate';
import { canRedo, canUndo, createHistory, draftReducer, pushHistory, redo, referencesTo, spanEvidence, undo, validateDraft, type Draft } from './draft';
import { testDraft } from './testDraft';

const ZWNJ = '\u200c';
const TEXT = `نشست سه${ZWNJ}شنبه: ترکیه و جمهوری آذربایجان در باکو دیدار کردند.`;

function baseDraft(text = TEXT): Draft {
  return testDraft(text);
}

const quote = (draft: Draft, q: string) => {
  const start = draft.text.indexOf(q);
  return spanEvidence(draft.text, start, start + q.length, { doc: draft.document.id, translation: q });
};

function entity(draft: Draft, id: string, fa: string, en: string): Entity {
  return { id, kind: 'country', name: { fa, en }, aliases: [], evidence: [quote(draft, fa)] };
}

describe('spanEvidence', () => {
  it('quotes exactly text.slice(start, end), ZWNJ kept', () => {
    const d = baseDraft();
    const ev = spanEvidence(d.text, 5, 12, { doc: 'x', translation: 'Tuesday' });
    expect(ev).toEqual({ doc: 'x', quote: `سه${ZWNJ}شنبه`, start: 5, end: 12, translation: 'Tuesday' });
  });

  it('refuses empty, reversed, out-of-range and surrogate-splitting selections', () => {
    expect(() => spanEvidence('abc', 2, 2)).toThrow(RangeError);
    expect(() => spanEvidence('abc', 2, 1)).toThrow(RangeError);
    expect(() => spanEvidence('abc', 0, 4)).toThrow(RangeError);
    expect(() => spanEvidence('a😀b', 0, 2)).toThrow(/surrogate/);
    expect(spanEvidence('a😀b', 1, 3).quote).toBe('😀');
  });
});

describe('draftReducer', () => {
  it('adds, updates and removes entities, events, relations, participants and evidence', () => {
    let d = baseDraft();
    d = draftReducer(d, { type: 'addEntity', entity: entity(d, 'turkey', 'ترکیه', 'Turkey') });
    d = draftReducer(d, { type: 'addEntity', entity: entity(d, 'azerbaijan', 'جمهوری آذربایجان', 'Azerbaijan') });
    d = draftReducer(d, { type: 'updateEntity', id: 'turkey', patch: { wikidata: 'Q43' } });
    expect(d.facts.entities.map((e) => e.id)).toEqual(['turkey', 'azerbaijan']);
    expect(d.facts.entities[0]?.wikidata).toBe('Q43');
    const event: KEvent = {
      id: 'meeting', kind: 'meeting', label: { fa: 'دیدار', en: 'Meeting' }, shortLabel: { fa: 'دیدار', en: 'Meeting' },
      status: 'happened', date: { precision: 'day', value: '2023-01-10', certainty: 'inferred', basis: 'Tuesday before publication' },
      participants: [], evidence: [quote(d, 'دیدار کردند')],
    };
    d = draftReducer(d, { type: 'addEvent', event });
    d = draftReducer(d, { type: 'addParticipant', eventId: 'meeting', participant: { entity: 'turkey', role: 'party', roleFa: 'طرف', evidence: [quote(d, 'ترکیه')] } });
    d = draftReducer(d, { type: 'addParticipant', eventId: 'meeting', participant: { entity: 'azerbaijan', role: 'party', roleFa: 'طرف', evidence: [quote(d, 'جمهوری آذربایجان')] } });
    d = draftReducer(d, { type: 'addEvidence', target: { kind: 'participant', eventId: 'meeting', index: 1 }, evidence: quote(d, 'باکو') });
    expect(d.facts.events[0]?.participants[1]?.evidence.map((e) => e.quote)).toEqual(['جمهوری آذربایجان', 'باکو']);
    d = draftReducer(d, { type: 'updateParticipant', eventId: 'meeting', index: 1, patch: { role: 'host', roleFa: 'میزبان' } });
    expect(d.facts.events[0]?.participants[1]?.role).toBe('host');
    d = draftReducer(d, { type: 'addRelation', relation: { id: 'r1', kind: 'supports', source: 'turkey', target: 'azerbaijan', evidence: [quote(d, 'ترکیه و جمهوری آذربایجان')] } });
    d = draftReducer(d, { type: 'addEvidence', target: { kind: 'relation', id: 'r1' }, evidence: quote(d, 'باکو') });
    d = draftReducer(d, { type: 'removeEvidence', target: { kind: 'relation', id: 'r1' }, index: 1 });
    expect(d.facts.relations[0]?.evidence).toHaveLength(1);
    expect(validateDraft(d)).toEqual([]);
    expect(referencesTo(d.facts, 'turkey')).toEqual(['events[0].participants[0].entity', 'relations[0].source']);
    d = draftReducer(d, { type: 'removeParticipant', eventId: 'meeting', index: 0 });
    d = draftReducer(d, { type: 'removeRelation', id: 'r1' });
    d = draftReducer(d, { type: 'removeEvent', id: 'meeting' });
    d = draftReducer(d, { type: 'removeEntity', id: 'turkey' });
    expect(d.facts.entities.map((e) => e.id)).toEqual(['azerbaijan']);
    expect(d.facts.events).toEqual([]);
  });

  it('updates a fact by a patch where an emptied optional field (undefined) is removed, the id and other fields kept', () => {
    let d = baseDraft();
    d = draftReducer(d, { type: 'addEntity', entity: { ...entity(d, 'turkey', 'ترکیه', 'Turkey'), wikidata: 'Q43', country: 'azerbaijan' } });
    d = draftReducer(d, { type: 'updateEntity', id: 'turkey', patch: { name: { fa: 'ترکیه', en: 'Türkiye' }, country: undefined } });
    const e = d.facts.entities[0];
    expect(e?.name.en).toBe('Türkiye');
    expect(e).not.toHaveProperty('country');
    expect(e?.wikidata).toBe('Q43');
    expect(e?.id).toBe('turkey');
    d = draftReducer(d, { type: 'addRelation', relation: { id: 'r1', kind: 'supports', source: 'turkey', target: 'turkey', label: 'x', evidence: [quote(d, 'ترکیه')] } });
    d = draftReducer(d, { type: 'updateRelation', id: 'r1', patch: { label: undefined, labelFa: 'پشتیبانی' } });
    expect(d.facts.relations[0]).not.toHaveProperty('label');
    expect(d.facts.relations[0]?.labelFa).toBe('پشتیبانی');
    // Saved unchanged (the same values, an absent key patched to undefined): the same draft, no undo step.
    const e0 = d.facts.entities[0]!;
    expect(draftReducer(d, { type: 'updateEntity', id: 'turkey', patch: { name: { ...e0.name }, aliases: [], country: undefined, evidence: e0.evidence.map((ev) => ({ ...ev })) } })).toBe(d);
  });

  it('returns the same draft for actions on ids or indices that do not exist', () => {
    const d = baseDraft();
    for (const action of [
      { type: 'updateEntity', id: 'nope', patch: {} },
      { type: 'removeEvent', id: 'nope' },
      { type: 'removeParticipant', eventId: 'nope', index: 0 },
      { type: 'addEvidence', target: { kind: 'entity', id: 'nope' }, evidence: quote(d, 'باکو') },
      { type: 'reopenSuggestion', id: 'mention:x:1:2' },
      { type: 'setText', text: d.text },
    ] as const)
      expect(draftReducer(d, action)).toBe(d);
  });

  it('records accepted and dismissed suggestions', () => {
    let d = draftReducer(baseDraft(), { type: 'acceptSuggestion', id: 'mention:turkey:14:19' });
    d = draftReducer(d, { type: 'dismissSuggestion', id: 'date:5:12' });
    expect(d.decisions).toEqual({ 'mention:turkey:14:19': 'accepted', 'date:5:12': 'dismissed' });
    expect(draftReducer(d, { type: 'reopenSuggestion', id: 'date:5:12' }).decisions).toEqual({ 'mention:turkey:14:19': 'accepted' });
  });

  it('keeps the URL in the document, checks it as data:check does, and an emptied field is no key', () => {
    const d = draftReducer(baseDraft(), { type: 'setUrl', url: 'https://example.org/a' });
    expect(d.document.url).toBe('https://example.org/a');
    expect(draftReducer(d, { type: 'setUrl', url: 'https://example.org/a' })).toBe(d);
    expect(validateDraft(d)).toEqual([]);
    const hostile = draftReducer(d, { type: 'setUrl', url: 'javascript:alert(1)' });
    expect(validateDraft(hostile).map((i) => [i.file, i.path])).toEqual([['document.json', 'url']]);
    expect(draftReducer(d, { type: 'setUrl', url: '' }).document).not.toHaveProperty('url');
  });

  it('keeps the document sha256 in step with the text', () => {
    const d = draftReducer(baseDraft(), { type: 'setText', text: 'متن دیگر' });
    expect(validateDraft(d)).toEqual([]);
    expect(d.document.sha256).not.toBe(baseDraft().document.sha256);
  });
});

describe('validateDraft', () => {
  it('runs the data:check rules and points each issue at its field and fact', () => {
    let d = baseDraft();
    const bad = entity(d, 'turkey', 'ترکیه', 'Turkey');
    d = draftReducer(d, { type: 'addEntity', entity: { ...bad, evidence: [{ ...bad.evidence[0]!, start: 0 }], description: 'A country' } });
    d = draftReducer(d, { type: 'setDocument', patch: { language: 'Persian' } });
    const issues = validateDraft(d);
    expect(issues.map((i) => [i.field, i.rule])).toEqual(expect.arrayContaining([['document.language', 'schema']]));
    // Schema errors stop the cross-reference pass (as data:check does): fix the language first.
    d = draftReducer(d, { type: 'setDocument', patch: { language: 'fa' } });
    const again = validateDraft(d);
    expect(again.map((i) => [i.field, i.rule, i.fact?.id, i.within])).toEqual(
      expect.arrayContaining([
        ['facts.entities[0].descriptionFa', 'persian-form', 'turkey', 'descriptionFa'],
        ['facts.entities[0].evidence[0].quote', 'quote', 'turkey', 'evidence[0].quote'],
      ]),
    );
  });

  it('reports an empty translation beside its field: nothing invalid passes as valid', () => {
    let d = baseDraft();
    d = draftReducer(d, { type: 'addEntity', entity: { ...entity(d, 'baku', 'باکو', 'Baku'), kind: 'place', evidence: [spanEvidence(d.text, d.text.indexOf('باکو'), d.text.indexOf('باکو') + 4, { doc: d.document.id })] } });
    expect(validateDraft(d).map((i) => i.field)).toEqual(['facts.entities[0].evidence[0].translation']);
  });
});

describe('sha256Hex with its one-text cache', () => {
  it('hashes each text afresh when the text changes back and forth', () => {
    const a = sha256Hex('abc');
    expect(a).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abd')).not.toBe(a);
    expect(sha256Hex(['a', 'b', 'c'].join(''))).toBe(a);
  });
});

describe('History', () => {
  it('undoes and redoes, and a new change drops the redo future', () => {
    let h = createHistory(0);
    expect(canUndo(h)).toBe(false);
    h = pushHistory(h, 1);
    h = pushHistory(h, 2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe(2);
    h = undo(undo(h));
    expect(h.present).toBe(0);
    expect(undo(h)).toBe(h);
    h = pushHistory(h, 5);
    expect(canRedo(h)).toBe(false);
    expect(pushHistory(h, 5)).toBe(h);
  });

  it('keeps at least 50 steps, bounded by its limit', () => {
    let h = createHistory(baseDraft());
    for (let i = 0; i < 120; i++) h = pushHistory(h, draftReducer(h.present, { type: 'acceptSuggestion', id: `s${i}` }));
    expect(h.past).toHaveLength(100);
    let steps = 0;
    while (canUndo(h)) {
      h = undo(h);
      steps++;
    }
    expect(steps).toBe(100);
    expect(Object.keys(h.present.decisions)).toHaveLength(20);
    expect(() => createHistory(0, 0)).toThrow(RangeError);
  });
});
