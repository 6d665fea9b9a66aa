import type { Entity, KEvent } from '../domain/schema';
import { acceptDate, acceptMention, dismiss, pending } from './accept';
import { findDatePhrases } from './datePhrases';
import { createDraft, createHistory, draftReducer, pushHistory, undo, validateDraft, type Draft } from './draft';
import { findMentions } from './mentions';

const ZWNJ = '\u200c';
const TEXT = `هیئت تركيه روز سه${ZWNJ}شنبه ۱۸ دی ماه در باکو با مقامات دیدار کرد.`;

/** An entity as the workspace holds it: quoted from another document. */
const TURKEY: Entity = {
  id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: ['Türkiye'], wikidata: 'Q43',
  evidence: [{ doc: 'aran-news-baku', quote: 'ترکیه', start: 37, end: 42, translation: 'Turkey' }],
};

function draft(): Draft {
  return createDraft(
    { id: 'made-up-test', title: { fa: 'آزمون', en: 'Test' }, language: 'fa', outlet: { fa: 'آزمون', en: 'Test' }, citationChain: [], published: { precision: 'day', value: '2023-01-12', certainty: 'stated' }, textFile: 'source.txt' },
    TEXT,
  );
}

describe('acceptMention', () => {
  it('copies a workspace entity into the draft with this document’s quote only, valid at once', () => {
    let d = draft();
    const [mention] = findMentions(d.text, [TURKEY]);
    expect(mention?.matched).toBe('تركيه');
    d = draftReducer(d, acceptMention(d, mention!, TURKEY));
    expect(d.facts.entities).toEqual([{ ...TURKEY, evidence: [{ doc: 'made-up-test', quote: 'تركيه', start: 5, end: 10, translation: 'Turkey' }] }]);
    expect(d.decisions[mention!.id]).toBe('accepted');
    expect(validateDraft(d)).toEqual([]);
    expect(pending(d, [mention!])).toEqual([]);
  });

  it('adds a second quote to an entity already in the draft, never the same one twice', () => {
    let d = draftReducer(draft(), { type: 'setText', text: `${TEXT} ترکیه.` });
    const mentions = findMentions(d.text, [TURKEY]);
    expect(mentions).toHaveLength(2);
    d = draftReducer(d, acceptMention(d, mentions[0]!, TURKEY));
    d = draftReducer(d, acceptMention(d, mentions[1]!, TURKEY));
    d = draftReducer(d, acceptMention(d, mentions[1]!, TURKEY));
    expect(d.facts.entities[0]?.evidence.map((e) => e.start)).toEqual([5, mentions[1]!.start]);
  });

  it('is one undo step', () => {
    const d = draft();
    const [mention] = findMentions(d.text, [TURKEY]);
    let h = createHistory(d);
    h = pushHistory(h, draftReducer(h.present, acceptMention(h.present, mention!, TURKEY)));
    expect(h.present.facts.entities).toHaveLength(1);
    h = undo(h);
    expect(h.present).toBe(d);
  });
});

describe('acceptDate and dismiss', () => {
  it('puts the suggested date on the event unchanged and it validates', () => {
    let d = draft();
    const [mention] = findMentions(d.text, [TURKEY]);
    d = draftReducer(d, acceptMention(d, mention!, TURKEY));
    const q = (s: string) => {
      const start = d.text.indexOf(s);
      return { doc: d.document.id, quote: s, start, end: start + s.length, translation: s };
    };
    const event: KEvent = {
      id: 'visit', kind: 'meeting', label: { fa: 'دیدار', en: 'Visit' }, shortLabel: { fa: 'دیدار', en: 'Visit' }, status: 'happened',
      date: { precision: 'unknown', certainty: 'unknown' }, evidence: [q('دیدار کرد')],
      participants: [{ entity: 'turkey', role: 'visitor', roleFa: 'مهمان', evidence: [q('هیئت تركيه')] }],
    };
    d = draftReducer(d, { type: 'addEvent', event });
    const dates = findDatePhrases(d.text, d.document.published);
    const dayMonth = dates.find((s) => s.kind === 'solarHijriDayMonth')!;
    d = draftReducer(d, acceptDate(dayMonth, { kind: 'event', id: 'visit' }));
    expect(d.facts.events[0]?.date).toEqual(dayMonth.date);
    expect(d.facts.events[0]?.date).toMatchObject({ value: '2023-01-08', certainty: 'inferred' });
    expect(validateDraft(d)).toEqual([]);
    const weekday = dates.find((s) => s.kind === 'weekday')!;
    d = draftReducer(d, dismiss(weekday));
    expect(d.decisions[weekday.id]).toBe('dismissed');
    expect(pending(d, dates)).toEqual([]);
  });
});
