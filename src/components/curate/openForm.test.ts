import { describe, expect, it } from 'vitest';
import { parseOpenForm } from './openForm';

describe('the open form kept across a reload', () => {
  it('comes back when its span still fits the text', () => {
    expect(parseOpenForm(JSON.stringify({ kind: 'v', start: 3, end: 9, date: { precision: 'day', value: '2024-01-08', certainty: 'inferred' } }), 20)).toEqual({
      kind: 'v',
      start: 3,
      end: 9,
      date: { precision: 'day', value: '2024-01-08', certainty: 'inferred' },
    });
  });

  it('is dropped when the text no longer holds its span, or when it is not a form', () => {
    expect(parseOpenForm(JSON.stringify({ kind: 'e', start: 3, end: 30 }), 20)).toBeNull();
    expect(parseOpenForm(JSON.stringify({ kind: 'e', start: 5, end: 5 }), 20)).toBeNull();
    expect(parseOpenForm(JSON.stringify({ kind: 'x', start: 1, end: 2 }), 20)).toBeNull();
    expect(parseOpenForm('{not json', 20)).toBeNull();
    expect(parseOpenForm(null, 20)).toBeNull();
  });

  it('keeps an edit only when it names a fact in the section of its form', () => {
    const edit = { kind: 'e', start: 1, end: 4, edit: { section: 'entities', id: 'turkey' } };
    expect(parseOpenForm(JSON.stringify(edit), 20)).toEqual(edit);
    expect(parseOpenForm(JSON.stringify({ ...edit, edit: { section: 'events', id: 'turkey' } }), 20)).toBeNull();
    expect(parseOpenForm(JSON.stringify({ ...edit, edit: { section: 'entities' } }), 20)).toBeNull();
  });
});
