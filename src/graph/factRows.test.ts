import { loadAllDatasets } from '../../scripts/lib/load-all';
import { isoSpan } from '../domain/dates';
import type { FuzzyDate } from '../domain/schema';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from './filter';
import { buildFactRows, createRowSearch, glossDatePhrase, joinNames, shortDate, sortRows, visibleRows, type FactRow } from './factRows';
import { buildGraphModel } from './model';

const model = buildGraphModel(loadAllDatasets('data'));
const rows = buildFactRows(model, 'en');
const rowsFa = buildFactRows(model, 'fa');
const row = (id: string, list: FactRow[] = rows) => {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const ids = (list: FactRow[]) => list.map((r) => r.id);

describe('buildFactRows', () => {
  it('has one row per event and relation: 18 + 17', () => {
    expect(rows.length).toBe(35);
    expect(rows.filter((r) => r.type === 'event').length).toBe(18);
    expect(rows.filter((r) => r.type === 'relation').length).toBe(17);
    expect(new Set(ids(rows)).size).toBe(35);
  });

  it('names a row the way the issue asks: kind, the people, place, date', () => {
    expect(row('military-intelligence-emphasis').accessibleName).toBe('Statement: Karim Valiyev and İsmail Günaydın, Baku, Tuesday');
    expect(row('baku-intelligence-meeting').accessibleName).toMatch(/^Meeting: Karim Valiyev and İsmail Günaydın, Baku, Tuesday/);
    expect(row('second-karabakh-war').accessibleName).toBe('Conflict: Azerbaijan and Armenia, Nagorno-Karabakh, 2020');
    expect(row('demir-fighter-invitation').accessibleName).toBe('Invitation: İsmail Demir, 8 January 2023');
    expect(row('aran-news-cites-fars').accessibleName).toBe('Aran News cites Fars News Agency');
  });

  it('gives every row a distinct accessible name, adding the label where actors, place and date coincide', () => {
    for (const list of [rows, rowsFa]) expect(new Set(list.map((r) => r.accessibleName)).size).toBe(list.length);
    expect(row('normalisation-affects-agreements').accessibleName).toBe(
      'Statement: Foreign Minister of Turkey, recently (Turkish foreign minister: normalisation with Armenia affects the process of agreements)',
    );
  });

  it('names rows in Persian for Persian readers', () => {
    expect(row('military-intelligence-emphasis', rowsFa).accessibleName).toBe('اظهارات: کریم ولی اف و اسماعیل گونایدین، باکو، روز سهشنبه');
    expect(row('demir-fighter-invitation', rowsFa).dateShort).toBe('۱۸ دی ۱۴۰۱');
    expect(row('aran-news-cites-fars', rowsFa).label).toBe('آران نیوز — به نقل از ← فارس');
  });

  it('keeps participants with roles, the place, and both date texts', () => {
    const r = row('baku-intelligence-meeting');
    expect(r.participants[0]).toEqual({ id: 'karim-valiyev', name: 'Karim Valiyev', role: 'host' });
    expect(r.place).toBe('Baku');
    expect(r.dateText).toContain('روز سهشنبه');
    expect(r.dateStart).toBeNull();
    expect(r.entities).toContain('baku');
    expect(row('second-karabakh-war').dateStart).toBe(isoSpan('2020')?.start);
    expect(row('aran-news-cites-fars').participants.map((p) => p.role)).toEqual(['source', 'target']);
    expect(row('valiyev-deputy-defence-minister').note).toBe('First Deputy Minister of Defence');
    expect(row('valiyev-deputy-defence-minister', rowsFa).note).toBeUndefined();
  });
});

describe('dates and lists', () => {
  const unknown = (stated?: string): FuzzyDate => ({ precision: 'unknown', certainty: 'unknown', stated });

  it('glosses relative phrases, whatever the spelling, and quotes the rest', () => {
    expect(glossDatePhrase('روز سهشنبه')).toBe('Tuesday');
    expect(glossDatePhrase('سه‌شنبه')).toBe('Tuesday');
    expect(glossDatePhrase('اخیراً')).toBe('recently');
    expect(glossDatePhrase('در جریان نبرد')).toBeUndefined();
    expect(shortDate(unknown('در جریان نبرد'), 'en')).toBe('“در جریان نبرد”');
    expect(shortDate(unknown(), 'en')).toBe('undated');
    expect(shortDate(unknown(), 'fa')).toBe('بی‌تاریخ');
    expect(shortDate(undefined, 'en')).toBe('');
  });

  it('shows a dated period in the reader’s calendar', () => {
    const y2020: FuzzyDate = { precision: 'year', value: '2020', certainty: 'stated' };
    expect(shortDate(y2020, 'en')).toBe('2020');
    expect(shortDate(y2020, 'fa')).toBe('۱۳۹۸–۱۳۹۹');
    expect(shortDate({ precision: 'range', start: '2021', end: '2022', certainty: 'stated' }, 'en')).toBe('2021–2022');
  });

  it('joins names in English and Persian', () => {
    expect(joinNames([], 'en')).toBe('');
    expect(joinNames(['A'], 'en')).toBe('A');
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinNames(['الف', 'ب', 'پ'], 'fa')).toBe('الف، ب و پ');
  });
});

describe('sortRows', () => {
  it('sorts by date with undated facts last in both directions, ties in dataset order', () => {
    const asc = sortRows(rows, { key: 'date', dir: 'asc' }, 'en');
    const desc = sortRows(rows, { key: 'date', dir: 'desc' }, 'en');
    const dated = (list: FactRow[]) => list.filter((r) => r.dateStart !== null);
    expect(ids(asc.slice(0, dated(asc).length))).toEqual(ids(dated(asc)));
    expect(ids(desc.slice(0, dated(desc).length))).toEqual(ids(dated(desc)));
    const starts = dated(asc).map((r) => r.dateStart ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(asc[0]?.id).toBe('second-karabakh-war');
    // The joint construction starts on the invitation's day (it came after it) and precedes it in the data.
    expect(ids(desc.slice(0, 2))).toEqual(['kaan-joint-construction', 'demir-fighter-invitation']);
    expect(ids(asc.slice(dated(asc).length))).toEqual(ids(rows.filter((r) => r.dateStart === null)));
  });

  it('sorts by kind then label, and by fact label, both ways', () => {
    const byKind = sortRows(rows, { key: 'kind', dir: 'asc' }, 'en');
    expect(byKind[0]?.kindLabel).toBe('Agreement');
    expect(sortRows(rows, { key: 'kind', dir: 'desc' }, 'en')[0]?.kindLabel).toBe('Supports');
    const byFact = sortRows(rows, { key: 'fact', dir: 'asc' }, 'en').map((r) => r.label);
    expect(byFact).toEqual([...byFact].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    expect(ids(sortRows(rows, { key: 'fact', dir: 'desc' }, 'en'))).toEqual(ids(sortRows(rows, { key: 'fact', dir: 'asc' }, 'en')).reverse());
    const fa = sortRows(rowsFa, { key: 'fact', dir: 'asc' }, 'fa');
    expect(fa.length).toBe(35);
  });

  it('does not mutate its input', () => {
    const before = ids(rows);
    sortRows(rows, { key: 'fact', dir: 'desc' }, 'en');
    expect(ids(rows)).toEqual(before);
  });
});

describe('search', () => {
  const search = createRowSearch(model, rows);

  it('returns null for an empty query and nothing for nonsense', () => {
    expect(search('  ')).toBeNull();
    expect(search('xyzzy')?.size).toBe(0);
  });

  it('finds Persian typed with ZWNJ, Latin spellings the data spells otherwise, and words across fields', () => {
    expect(search('گفت\u200cوگو')?.has('baku-intelligence-meeting')).toBe(true);
    const gunaydin = search('Gunaydin');
    expect(gunaydin?.has('baku-intelligence-meeting')).toBe(true);
    expect(gunaydin?.has('gunaydin-leads-intelligence')).toBe(true);
    expect(gunaydin?.has('second-karabakh-war')).toBe(false);
    // One meeting: its topics are participants and quotes of that meeting, not meetings of their own.
    expect([...(search('Baku meeting') ?? [])].sort()).toEqual(['baku-intelligence-meeting']);
    expect(search('cites')).toEqual(new Set(['aran-news-cites-fars', 'fars-cites-azertac']));
    expect(search('باکو')?.has('baku-in-azerbaijan')).toBe(true);
  });

  it('does not treat one year as a typo of another', () => {
    const hits = search('2020');
    expect(hits?.has('second-karabakh-war')).toBe(true);
    expect(hits?.has('demir-fighter-invitation')).toBe(false);
  });
});

describe('visibleRows', () => {
  it('keeps every row when nothing is filtered', () => {
    expect(visibleRows(rows, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER)).length).toBe(35);
  });

  it('follows a country filter: an event by its node, a relation by its edge', () => {
    const v = computeVisibility(model, { ...EMPTY_FILTERS, countries: ['pakistan'] }, NO_TIME_FILTER);
    const shown = visibleRows(rows, v);
    expect(ids(shown.filter((r) => r.type === 'event'))).toEqual(['demir-fighter-invitation']);
    for (const r of shown) expect(r.type === 'event' ? v.nodes.has(r.id) : v.edges.has(r.id)).toBe(true);
  });

  it('follows the time window and the undated switch', () => {
    const window = isoSpan('2020');
    const v = computeVisibility(model, EMPTY_FILTERS, { window, showUndated: false });
    const events = visibleRows(rows, v).filter((r) => r.type === 'event');
    expect(events.length).toBeGreaterThan(0);
    for (const r of events) expect(r.dateStart).not.toBeNull();
    expect(ids(events)).toContain('second-karabakh-war');
    expect(ids(events)).not.toContain('demir-fighter-invitation');
  });

  it('hides a relation kind', () => {
    const v = computeVisibility(model, { ...EMPTY_FILTERS, hiddenRelationKinds: ['cites'] }, NO_TIME_FILTER);
    expect(ids(visibleRows(rows, v))).not.toContain('aran-news-cites-fars');
    expect(visibleRows(rows, v).length).toBe(33);
  });
});
