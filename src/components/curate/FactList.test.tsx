// @vitest-environment jsdom
// The draft's fact list in the reader's language: an event's participants are listed with the
// language's own comma (English ", ", Persian "، "), and a fact's quotes are counted in the
// language's digits.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { spanEvidence, type Draft } from '../../curation/draft';
import { testDraft } from '../../curation/testDraft';
import type { Entity } from '../../domain/schema';
import { appStore } from '../../store/store';
import { FactList } from './FactList';

afterEach(() => {
  cleanup();
  appStore.getState().setLang('en');
});

const TEXT = 'ترکیه و جمهوری آذربایجان در باکو دیدار کردند.';

function draftWithEvent(): Draft {
  const base = testDraft(TEXT);
  const quote = (q: string) => {
    const start = TEXT.indexOf(q);
    return spanEvidence(TEXT, start, start + q.length, { doc: 'test-article', translation: q });
  };
  const country = (id: string, fa: string, en: string): Entity => ({ id, kind: 'country', name: { fa, en }, aliases: [], evidence: [quote(fa)] });
  return {
    ...base,
    facts: {
      entities: [country('turkey', 'ترکیه', 'Turkey'), country('azerbaijan', 'جمهوری آذربایجان', 'Azerbaijan')],
      events: [
        {
          id: 'baku-meeting',
          kind: 'meeting',
          label: { fa: 'دیدار باکو', en: 'Baku meeting' },
          shortLabel: { fa: 'دیدار باکو', en: 'Baku meeting' },
          participants: ['turkey', 'azerbaijan'].map((entity) => ({ entity, role: 'participant', roleFa: 'شرکت‌کننده', evidence: [quote(TEXT)] })),
          date: { precision: 'unknown', certainty: 'unknown' },
          status: 'happened',
          evidence: [quote(TEXT)],
        },
      ],
      relations: [],
    },
  };
}

const eventTitle = (container: HTMLElement) => container.querySelector('li[data-fact="baku-meeting"] bdi')!.textContent;

describe('FactList', () => {
  it("lists an event's participants with the English comma in English and the Persian one in Persian", () => {
    const draft = draftWithEvent();
    const en = render(<FactList draft={draft} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />);
    expect(eventTitle(en.container)).toBe('Meeting: Baku meeting (Turkey, Azerbaijan)');
    cleanup();
    appStore.getState().setLang('fa');
    const fa = render(<FactList draft={draft} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />);
    expect(eventTitle(fa.container)).toBe('دیدار: دیدار باکو (ترکیه، جمهوری آذربایجان)');
  });

  it("counts a fact's quotes in the language's digits", () => {
    const draft = draftWithEvent();
    const count = (container: HTMLElement) => container.querySelector('li[data-fact="baku-meeting"] .curate-hint')!.textContent;
    // The event's own quote and one for each of its two participants.
    expect(count(render(<FactList draft={draft} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />).container)).toBe('3 quote(s)');
    cleanup();
    appStore.getState().setLang('fa');
    expect(count(render(<FactList draft={draft} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />).container)).toBe('۳ نقل‌قول');
  });

  it('gives each fact an Edit button named for it, in both languages, that opens that fact', () => {
    const draft = draftWithEvent();
    const edited: Array<[string, string]> = [];
    const en = render(<FactList draft={draft} issues={[]} onRemove={() => undefined} onEdit={(section, id) => edited.push([section, id])} />);
    en.getByRole('button', { name: 'Edit: Country: Azerbaijan' }).click();
    en.getByRole('button', { name: 'Edit: Meeting: Baku meeting (Turkey, Azerbaijan)' }).click();
    expect(edited).toEqual([
      ['entities', 'azerbaijan'],
      ['events', 'baku-meeting'],
    ]);
    cleanup();
    appStore.getState().setLang('fa');
    const fa = render(<FactList draft={draft} issues={[]} onRemove={() => undefined} onEdit={(section, id) => edited.push([section, id])} />);
    fa.getByRole('button', { name: 'ویرایش: کشور: ترکیه' }).click();
    expect(edited.at(-1)).toEqual(['entities', 'turkey']);
  });
});
