// @vitest-environment jsdom
// The fact forms opened on a saved fact (Edit in the fact list): filled with its values, checked
// in the fact's own place (an edited fact is not a second one with the same id), and saved as one
// update action that keeps the id, the participants and every quote's offsets.
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftReducer, spanEvidence, type Draft, type DraftAction } from '../../curation/draft';
import { testDraft } from '../../curation/testDraft';
import { validateDraft } from '../../curation/draftValidate';
import type { KEvent, Relation } from '../../domain/schema';
import { RelationForm } from './EntityForm';
import { EventForm } from './EventForm';
import { forgetAllForms } from './keptForm';

afterEach(() => {
  cleanup();
  forgetAllForms();
});

const TEXT = 'ترکیه و جمهوری آذربایجان در باکو دیدار کردند.';
const quote = (q: string, translation = q) => {
  const start = TEXT.indexOf(q);
  return spanEvidence(TEXT, start, start + q.length, { doc: 'test-article', translation });
};

function draft(): Draft {
  const base = testDraft(TEXT);
  const relation: Relation = { id: 'turkey-supports-azerbaijan', kind: 'supports', source: 'turkey', target: 'azerbaijan', label: 'backs', labelFa: 'حمایت', evidence: [quote('ترکیه و جمهوری آذربایجان', 'Turky and Azerbaijan')] };
  const event: KEvent = {
    id: 'baku-meeting',
    kind: 'meeting',
    label: { fa: 'دیدار باکو', en: 'Baku meeting' },
    shortLabel: { fa: 'دیدار باکو', en: 'Baku meeting' },
    participants: [{ entity: 'turkey', role: 'party', roleFa: 'طرف', evidence: [quote('ترکیه')] }],
    place: 'baku',
    date: { precision: 'unknown', certainty: 'unknown' },
    status: 'happened',
    evidence: [quote(TEXT, 'They met in Baku.'), quote('دیدار کردند', 'met')],
  };
  return {
    ...base,
    facts: {
      entities: [
        { id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: [], evidence: [quote('ترکیه', 'Turkey')] },
        { id: 'azerbaijan', kind: 'country', name: { fa: 'جمهوری آذربایجان', en: 'Azerbaijan' }, aliases: [], evidence: [quote('جمهوری آذربایجان', 'Azerbaijan')] },
        { id: 'baku', kind: 'place', name: { fa: 'باکو', en: 'Baku' }, aliases: [], evidence: [quote('باکو', 'Baku')] },
      ],
      events: [event],
      relations: [relation],
    },
  };
}

const props = (d: Draft, start: number, end: number, saved: DraftAction[]) => ({
  draft: d,
  start,
  end,
  taken: new Set(['turkey', 'azerbaijan', 'baku', 'baku-meeting', 'turkey-supports-azerbaijan']),
  onSave: (a: DraftAction) => void saved.push(a),
  onCancel: () => undefined,
  onDiscard: () => undefined,
  keep: 'edit:test',
});

const input = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;

describe('editing a saved relation', () => {
  it('starts from its values, is valid in its own place, and saves one updateRelation that keeps the id and the quote', () => {
    const d = draft();
    expect(validateDraft(d)).toEqual([]);
    const saved: DraftAction[] = [];
    const relation = d.facts.relations[0]!;
    const { container, getByRole } = render(<RelationForm {...props(d, relation.evidence[0]!.start, relation.evidence[0]!.end, saved)} editing={relation} />);
    expect(container.querySelector('blockquote')!.textContent).toBe('ترکیه و جمهوری آذربایجان');
    expect([input(container, 'kind').value, input(container, 'source').value, input(container, 'target').value, input(container, 'label').value, input(container, 'translation').value]).toEqual([
      'supports',
      'turkey',
      'azerbaijan',
      'backs',
      'Turky and Azerbaijan',
    ]);
    fireEvent.change(input(container, 'translation'), { target: { value: 'Turkey and Azerbaijan' } });
    fireEvent.change(input(container, 'label'), { target: { value: '' } });
    fireEvent.change(input(container, 'label-fa'), { target: { value: 'پشتیبانی' } });
    fireEvent.click(getByRole('button', { name: 'Save' }));
    expect(saved.map((a) => a.type)).toEqual(['updateRelation']);
    const after = draftReducer(d, saved[0]!);
    expect(after.facts.relations).toEqual([{ id: 'turkey-supports-azerbaijan', kind: 'supports', source: 'turkey', target: 'azerbaijan', labelFa: 'پشتیبانی', evidence: [{ ...relation.evidence[0], translation: 'Turkey and Azerbaijan' }] }]);
    expect(validateDraft(after)).toEqual([]);
  });

  it('gives a relation a date, and takes it away again (a relation\'s date is optional)', () => {
    const d = draft();
    const saved: DraftAction[] = [];
    const relation = d.facts.relations[0]!;
    const { container, getByRole, unmount } = render(<RelationForm {...props(d, relation.evidence[0]!.start, relation.evidence[0]!.end, saved)} editing={relation} />);
    expect([input(container, 'precision').value, input(container, 'certainty').value]).toEqual(['unknown', 'unknown']);
    fireEvent.change(input(container, 'precision'), { target: { value: 'year' } });
    fireEvent.change(input(container, 'value'), { target: { value: '2023' } });
    fireEvent.change(input(container, 'certainty'), { target: { value: 'inferred' } });
    fireEvent.change(input(container, 'basis'), { target: { value: 'the year the article was published' } });
    fireEvent.click(getByRole('button', { name: 'Save' }));
    const dated = draftReducer(d, saved[0]!);
    expect(dated.facts.relations[0]!.date).toEqual({ precision: 'year', value: '2023', certainty: 'inferred', basis: 'the year the article was published' });
    expect(validateDraft(dated)).toEqual([]);
    unmount();
    forgetAllForms();

    const again: DraftAction[] = [];
    const { container: second, getByRole: role2 } = render(<RelationForm {...props(dated, relation.evidence[0]!.start, relation.evidence[0]!.end, again)} editing={dated.facts.relations[0]!} />);
    expect(input(second, 'value').value).toBe('2023');
    fireEvent.change(input(second, 'precision'), { target: { value: 'unknown' } });
    fireEvent.change(input(second, 'certainty'), { target: { value: 'unknown' } });
    fireEvent.change(input(second, 'basis'), { target: { value: '' } });
    fireEvent.click(role2('button', { name: 'Save' }));
    expect(draftReducer(dated, again[0]!).facts.relations[0]).not.toHaveProperty('date');
  });

  it('does not save an end that is not an entity of the draft (the problem is shown at its own field)', () => {
    const d = draft();
    const saved: DraftAction[] = [];
    const relation = d.facts.relations[0]!;
    const { container, getByRole } = render(<RelationForm {...props(d, relation.evidence[0]!.start, relation.evidence[0]!.end, saved)} editing={{ ...relation, target: 'nowhere' }} />);
    expect((getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect(input(container, 'target').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(getByRole('button', { name: 'Save' }));
    expect(saved).toEqual([]);
  });
});

describe("editing a saved event's own fields", () => {
  it('starts from its labels, status, date and place; saves one updateEvent with its participants and quotes as they were', () => {
    const d = draft();
    const saved: DraftAction[] = [];
    const event = d.facts.events[0]!;
    const { container, getByRole } = render(<EventForm {...props(d, event.evidence[0]!.start, event.evidence[0]!.end, saved)} dates={[]} editing={event} />);
    expect(getByRole('heading').textContent).toBe('Edit event: \u2068Baku meeting\u2069');
    expect([input(container, 'label-en').value, input(container, 'short-en').value, input(container, 'place').value, input(container, 'translation').value]).toEqual(['Baku meeting', '', 'baku', 'They met in Baku.']);
    // Participants are not edited here: no participant checkboxes.
    expect(container.querySelector('input[type="checkbox"]')).toBeNull();
    fireEvent.change(input(container, 'label-en'), { target: { value: 'Meeting in Baku' } });
    fireEvent.change(input(container, 'status'), { target: { value: 'planned' } });
    fireEvent.change(input(container, 'place'), { target: { value: '' } });
    fireEvent.click(getByRole('button', { name: 'Save' }));
    expect(saved.map((a) => a.type)).toEqual(['updateEvent']);
    const after = draftReducer(d, saved[0]!).facts.events[0]!;
    expect(after.id).toBe('baku-meeting');
    expect(after.label).toEqual({ fa: 'دیدار باکو', en: 'Meeting in Baku' });
    // The short label followed the full one, as it was saved (equal to it).
    expect(after.shortLabel).toEqual({ fa: 'دیدار باکو', en: 'Meeting in Baku' });
    expect(after.status).toBe('planned');
    expect(after).not.toHaveProperty('place');
    expect(after.participants).toEqual(event.participants);
    expect(after.evidence).toEqual(event.evidence);
  });
});
