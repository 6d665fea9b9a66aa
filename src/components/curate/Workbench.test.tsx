// @vitest-environment jsdom
// A key typed in a document field renders that field, not the workbench: the workbench follows
// only the parts of the draft it shows (the field's value is DocumentForm's own), and the draft's
// check comes at a pause of the typing (checkStore.ts) instead of in a second, deferred render of
// the whole workbench at every key. The status line is busy from the first key until that check,
// once, not twice per key.
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import * as i18n from '../../i18n/useT';
import { CHECK_PAUSE_MS, checkNow } from './checkStore';
import { useDraft } from './draftStore';
import { Workbench } from './Workbench';

// jsdom has no modal dialogs and lays nothing out: stand-ins while these tests run (other test
// files share the window's prototypes).
const standIns: Array<[object, string, unknown]> = [
  [HTMLDialogElement.prototype, 'showModal', function (this: HTMLDialogElement) {
    this.open = true;
  }],
  [Range.prototype, 'getClientRects', () => []],
  [Range.prototype, 'getBoundingClientRect', () => new DOMRect()],
];

beforeEach(() => {
  for (const [proto, name, value] of standIns) if (!(name in proto)) Object.defineProperty(proto, name, { value, configurable: true });
  act(() => {
    useDraft.setState({ loaded: true });
    useDraft.getState().start();
    useDraft.getState().dispatch({ type: 'setText', text: 'متن آزمون: ترکیه و جمهوری آذربایجان در باکو دیدار کردند.' });
    checkNow();
  });
});
afterEach(() => {
  cleanup();
  for (const [proto, name, value] of standIns) if ((proto as Record<string, unknown>)[name] === value) Reflect.deleteProperty(proto, name);
  act(() => useDraft.getState().finish());
  vi.useRealTimers();
});

describe('Workbench', () => {
  it('is not re-rendered by keys typed in a document field; the status line is busy once, until the pause', () => {
    vi.useFakeTimers();
    const view = render(<Workbench onClose={() => undefined} />);
    const title = view.container.querySelector<HTMLInputElement>('[name="title-fa"]') as HTMLInputElement;
    const status = view.getByTestId('curate-status');
    expect(status.getAttribute('aria-busy')).toBe('false');
    // The workbench's renders, counted where it alone reads the app's words; called through.
    const renders = vi.spyOn(i18n, 'useT');
    onTestFinished(() => renders.mockRestore());
    // Every write of aria-busy, with the value it replaced.
    const watch = new MutationObserver(() => undefined);
    watch.observe(status, { attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
    for (const value of ['د', 'دی', 'دید', 'دیدا', 'دیدار']) {
      fireEvent.change(title, { target: { value } });
      act(() => vi.advanceTimersByTime(CHECK_PAUSE_MS / 2));
    }
    expect(title.value).toBe('دیدار');
    expect(renders).not.toHaveBeenCalled();
    expect(status.getAttribute('aria-busy')).toBe('true');
    // The pause: the check speaks of the draft shown.
    act(() => vi.advanceTimersByTime(CHECK_PAUSE_MS));
    expect(status.getAttribute('aria-busy')).toBe('false');
    expect(watch.takeRecords().map((r) => r.oldValue)).toEqual(['false', 'true']);
    watch.disconnect();
    expect(useDraft.getState().history?.present.document.title.fa).toBe('دیدار');
  });
});
