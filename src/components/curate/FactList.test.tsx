// @vitest-environment jsdom
// The draft's fact list in the reader's language: an event's participants are listed with the
// language's own comma (English ", ", Persian "، "), and a fact's quotes are counted in the
// language's digits.
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createHistory, spanEvidence, type Draft } from '../../curation/draft';
import { removeWithReferences } from '../../curation/removal';
import { testDraft } from '../../curation/testDraft';
import type { Entity } from '../../domain/schema';
import * as curate from '../../i18n/curate';
import { appStore } from '../../store/store';
import { useDraft } from './draftStore';
import { FactList } from './FactList';

afterEach(() => {
  cleanup();
  appStore.getState().setLang('en');
  act(() => useDraft.getState().finish());
});

/** The draft store holding `draft` (as the workbench's would after a load). */
function hold(draft: Draft): Draft {
  act(() => useDraft.setState({ loaded: true, history: createHistory(draft) }));
  return draft;
}

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
    const en = render(<FactList facts={draft.facts} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />);
    expect(eventTitle(en.container)).toBe('Meeting: Baku meeting (Turkey, Azerbaijan)');
    cleanup();
    appStore.getState().setLang('fa');
    const fa = render(<FactList facts={draft.facts} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />);
    expect(eventTitle(fa.container)).toBe('دیدار: دیدار باکو (ترکیه، جمهوری آذربایجان)');
  });

  it("counts a fact's quotes in the language's digits", () => {
    const draft = draftWithEvent();
    const count = (container: HTMLElement) => container.querySelector('li[data-fact="baku-meeting"] .curate-hint')!.textContent;
    // The event's own quote and one for each of its two participants.
    expect(count(render(<FactList facts={draft.facts} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />).container)).toBe('3 quote(s)');
    cleanup();
    appStore.getState().setLang('fa');
    expect(count(render(<FactList facts={draft.facts} issues={[]} onRemove={() => undefined} onEdit={() => undefined} />).container)).toBe('۳ نقل‌قول');
  });

  it('gives each fact an Edit button named for it, in both languages, that opens that fact', () => {
    const draft = draftWithEvent();
    const edited: Array<[string, string]> = [];
    const en = render(<FactList facts={draft.facts} issues={[]} onRemove={() => undefined} onEdit={(section, id) => edited.push([section, id])} />);
    en.getByRole('button', { name: 'Edit: Country: Azerbaijan' }).click();
    en.getByRole('button', { name: 'Edit: Meeting: Baku meeting (Turkey, Azerbaijan)' }).click();
    expect(edited).toEqual([
      ['entities', 'azerbaijan'],
      ['events', 'baku-meeting'],
    ]);
    cleanup();
    appStore.getState().setLang('fa');
    const fa = render(<FactList facts={draft.facts} issues={[]} onRemove={() => undefined} onEdit={(section, id) => edited.push([section, id])} />);
    fa.getByRole('button', { name: 'ویرایش: کشور: ترکیه' }).click();
    expect(edited.at(-1)).toEqual(['entities', 'turkey']);
  });

  // The list as the workbench holds it: its facts from the draft store, Remove applies removal.ts's
  // action, Undo is the store's undo; any other change of the draft (a document field typed) counts.
  function Harness({ start, removals }: { start: Draft; removals: string[] }) {
    const facts = useDraft((st) => st.history?.present.facts ?? start.facts);
    return (
      <>
        {/* Any other change of the draft (a document field typed). */}
        <button type="button" onClick={() => useDraft.getState().dispatch({ type: 'setDocument', patch: { title: { fa: 'دیگر', en: `other ${useDraft.getState().changes}` } } }, 'title.en')}>
          other change
        </button>
        <FactList
          facts={facts}
          issues={[]}
          onEdit={() => undefined}
          onRemove={(section, id) => {
            removals.push(`${section}:${id}`);
            const draft = useDraft.getState().history?.present as Draft;
            useDraft.getState().dispatch(removeWithReferences(draft.facts, section, id));
          }}
          onUndo={() => useDraft.getState().undo()}
        />
      </>
    );
  }
  const ids = (container: HTMLElement) => [...container.querySelectorAll('li[data-fact]')].map((li) => li.getAttribute('data-fact'));

  it('asks before removing an entity others refer to, naming them; Cancel and Escape keep it, focus back on Remove', async () => {
    const removals: string[] = [];
    const view = render(<Harness start={hold(draftWithEvent())} removals={removals} />);
    const removeAz = view.getByRole('button', { name: 'Remove: Country: Azerbaijan' });
    fireEvent.click(removeAz);
    const ask = view.getByRole('alertdialog');
    expect(ask.textContent).toContain('is referred to by 1 other fact(s)');
    expect([...ask.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Meeting: Baku meeting (Turkey, Azerbaijan): it loses this participant']);
    expect(removals).toEqual([]);
    // Focus on the safe answer.
    await act(async () => undefined);
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(view.getByRole('button', { name: 'Cancel' }));
    expect(view.queryByRole('alertdialog')).toBeNull();
    await act(async () => undefined);
    expect(document.activeElement).toBe(removeAz);
    // Escape answers the question too, taken (the workbench does not close on it).
    fireEvent.click(removeAz);
    await act(async () => undefined);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    expect(view.getByRole('alertdialog').contains(document.activeElement)).toBe(true);
    act(() => void document.activeElement!.dispatchEvent(escape));
    expect(escape.defaultPrevented).toBe(true);
    await act(async () => undefined);
    expect(view.queryByRole('alertdialog')).toBeNull();
    expect(removals).toEqual([]);
    expect(ids(view.container)).toEqual(['turkey', 'azerbaijan', 'baku-meeting']);
  });

  it('removes it with its references when the curator says so, then offers Undo (one step back)', async () => {
    const removals: string[] = [];
    const view = render(<Harness start={hold(draftWithEvent())} removals={removals} />);
    fireEvent.click(view.getByRole('button', { name: 'Remove: Country: Azerbaijan' }));
    fireEvent.click(view.getByRole('button', { name: 'Remove with these references' }));
    expect(removals).toEqual(['entities:azerbaijan']);
    expect(ids(view.container)).toEqual(['turkey', 'baku-meeting']);
    expect(view.container.querySelector('li[data-fact="baku-meeting"] bdi')!.textContent).toBe('Meeting: Baku meeting (Turkey)');
    const notice = view.getByTestId('curate-removed');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Removed: \u2068Country: Azerbaijan\u2069.');
    await act(async () => undefined);
    expect(document.activeElement?.textContent).toBe('Undo');
    // The notice follows a switch of language (the fact is gone, its title was kept in both).
    act(() => appStore.getState().setLang('fa'));
    expect(notice.textContent).toContain('حذف شد: \u2068کشور: جمهوری آذربایجان\u2069.');
    fireEvent.click(view.getByRole('button', { name: 'بازگردانی' }));
    expect(ids(view.container)).toEqual(['turkey', 'azerbaijan', 'baku-meeting']);
    expect(notice.textContent).toBe('');
  });

  it('removes a fact nothing refers to at once, and says so with Undo, in Persian too', () => {
    appStore.getState().setLang('fa');
    const removals: string[] = [];
    const view = render(<Harness start={hold(draftWithEvent())} removals={removals} />);
    // An entity others refer to asks, in Persian; pressing its Remove again takes the question back.
    fireEvent.click(view.getByRole('button', { name: 'حذف: کشور: ترکیه' }));
    expect(view.getByRole('alertdialog').textContent).toContain('در ۱ واقعیت دیگر آمده است');
    expect(view.getByRole('button', { name: 'حذف همراه با این ارجاع‌ها' })).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'حذف: کشور: ترکیه' }));
    expect(view.queryByRole('alertdialog')).toBeNull();
    expect(removals).toEqual([]);
    // The event: nothing refers to it, so it goes at once.
    fireEvent.click(view.getByRole('button', { name: 'حذف: دیدار: دیدار باکو (ترکیه، جمهوری آذربایجان)' }));
    expect(removals).toEqual(['events:baku-meeting']);
    expect(view.queryByRole('alertdialog')).toBeNull();
    expect(view.getByTestId('curate-removed').textContent).toContain('حذف شد:');
    expect(view.getByRole('button', { name: 'بازگردانی' })).toBeTruthy();
    // Another change after it: the notice goes (its Undo would undo that change, not the removal).
    fireEvent.click(view.getByRole('button', { name: 'other change' }));
    expect(view.getByTestId('curate-removed').textContent).toBe('');
    // Now nothing refers to Turkey either: it goes at once too.
    fireEvent.click(view.getByRole('button', { name: 'حذف: کشور: ترکیه' }));
    expect(removals).toEqual(['events:baku-meeting', 'entities:turkey']);
  });

  // A parent that re-renders at every change of the draft (as the workbench did at every key).
  function EveryChange() {
    useDraft((st) => st.changes);
    const facts = useDraft((st) => st.history?.present.facts) as Draft['facts'];
    const onRemove = useCallback((section: 'entities' | 'events' | 'relations', id: string) => {
      const draft = useDraft.getState().history?.present as Draft;
      useDraft.getState().dispatch(removeWithReferences(draft.facts, section, id));
    }, []);
    const noEdit = useCallback(() => undefined, []);
    return <FactList facts={facts} issues={NO_ISSUES} onRemove={onRemove} onUndo={useDraft.getState().undo} onEdit={noEdit} />;
  }
  const NO_ISSUES: never[] = [];
  const typeTitle = (fa: string) => act(() => useDraft.getState().dispatch({ type: 'setDocument', patch: { title: { fa, en: 'x' } } }, 'title.fa'));

  it('is not re-rendered by a key typed in a document field, and its Removed notice still goes at the next one', () => {
    hold(draftWithEvent());
    const view = render(<EveryChange />);
    // FactList's renders, counted where it reads its words (nothing else here does); called through.
    const renders = vi.spyOn(curate, 'useCurate');
    onTestFinished(() => renders.mockRestore());
    typeTitle('د');
    typeTitle('دی');
    expect(renders).not.toHaveBeenCalled();
    fireEvent.click(view.getByRole('button', { name: 'Remove: Meeting: Baku meeting (Turkey, Azerbaijan)' }));
    expect(ids(view.container)).toEqual(['turkey', 'azerbaijan']);
    expect(view.getByTestId('curate-removed').textContent).toContain('Removed:');
    // The next change, though it leaves the facts as they are, takes the notice away.
    typeTitle('دید');
    expect(view.getByTestId('curate-removed').textContent).toBe('');
    // And the list is left alone again by the keys after it.
    renders.mockClear();
    typeTitle('دیدا');
    typeTitle('دیدار');
    expect(renders).not.toHaveBeenCalled();
  });
});
