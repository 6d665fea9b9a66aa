import type { Entity, KEvent, Relation } from '../domain/schema';
import { entityValues, eventValues, NO_DATE, optional, optionalDate, relationValues, withFirstTranslation } from './formValues';

const ev = (start: number, end: number, quote: string, translation: string) => ({ doc: 'test-article', quote, start, end, translation });

describe('form values from a saved fact', () => {
  it('an entity: names, kind, aliases one per line, country and wikidata ("" when absent), the first quote’s translation', () => {
    const e: Entity = { id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: ['Türkiye', 'ترکیهٔ'], wikidata: 'Q43', evidence: [ev(3, 8, 'ترکیه', 'of Turkey'), ev(20, 25, 'ترکیه', 'Turkey again')] };
    expect(entityValues(e)).toEqual({ kind: 'country', fa: 'ترکیه', en: 'Turkey', aliases: 'Türkiye\nترکیهٔ', country: '', wikidata: 'Q43', translation: 'of Turkey' });
  });

  it('a translation equal to the English name is "not typed", so it keeps following the name as in a new entity', () => {
    const e: Entity = { id: 'baku', kind: 'place', name: { fa: 'باکو', en: 'Baku' }, aliases: [], country: 'azerbaijan', evidence: [ev(0, 4, 'باکو', 'Baku')] };
    expect(entityValues(e)).toMatchObject({ translation: '', country: 'azerbaijan' });
  });

  it('a relation: kind, ends, labels ("" when absent), translation', () => {
    const r: Relation = { id: 'r1', kind: 'supports', source: 'turkey', target: 'azerbaijan', labelFa: 'پشتیبانی', evidence: [ev(0, 4, 'باکو', 'Baku')] };
    expect(relationValues(r)).toEqual({ kind: 'supports', source: 'turkey', target: 'azerbaijan', label: '', labelFa: 'پشتیبانی', date: NO_DATE, translation: 'Baku' });
    const date = { precision: 'year', value: '2023', certainty: 'stated' } as const;
    expect(relationValues({ ...r, date }).date).toEqual(date);
  });

  it('a relation\'s date is saved only once something of it is known, without its empty fields', () => {
    expect(optionalDate(NO_DATE)).toBeUndefined();
    expect(optionalDate({ precision: 'unknown', certainty: 'unknown', value: '', basis: '' })).toBeUndefined();
    expect(optionalDate({ precision: 'year', certainty: 'unknown', value: '2023', basis: '' })).toEqual({ precision: 'year', certainty: 'unknown', value: '2023' });
    expect(optionalDate({ precision: 'unknown', certainty: 'unknown', stated: 'سال گذشته' })).toEqual({ precision: 'unknown', certainty: 'unknown', stated: 'سال گذشته' });
  });

  it('an event: labels, short labels only when they differ from the full ones, status, date, place, translation', () => {
    const e: KEvent = {
      id: 'meeting', kind: 'meeting', label: { fa: 'دیدار در باکو', en: 'Meeting in Baku' }, shortLabel: { fa: 'دیدار در باکو', en: 'Baku meeting' },
      status: 'happened', date: { precision: 'day', value: '2023-01-10', certainty: 'stated' }, place: 'baku',
      participants: [{ entity: 'turkey', role: 'party', roleFa: 'طرف', evidence: [ev(3, 8, 'ترکیه', 'Turkey')] }], evidence: [ev(0, 10, 'دیدار کرد', 'met')],
    };
    expect(eventValues(e)).toEqual({
      kind: 'meeting', labelFa: 'دیدار در باکو', labelEn: 'Meeting in Baku', shortFa: '', shortEn: 'Baku meeting', status: 'happened',
      date: { precision: 'day', value: '2023-01-10', certainty: 'stated' }, place: 'baku', translation: 'met',
    });
  });
});

describe('withFirstTranslation', () => {
  it('changes only the first quote’s translation: its doc, quote and offsets stay, the others are untouched', () => {
    const first = { ...ev(3, 8, 'ترکیه', 'of Turky'), note: 'n' };
    const second = ev(20, 25, 'ترکیه', 'Turkey again');
    expect(withFirstTranslation([first, second], 'of Turkey')).toEqual([{ ...first, translation: 'of Turkey' }, second]);
    expect(withFirstTranslation([], 'x')).toEqual([]);
  });
});

describe('optional', () => {
  it('is undefined for an emptied field (the update removes the key), else the value', () => {
    expect(optional('')).toBeUndefined();
    expect(optional('Q43')).toBe('Q43');
  });
});
