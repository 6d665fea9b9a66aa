// @vitest-environment jsdom
// The document form re-renders only the field typed in: a key in one field leaves every other
// input, and the text area, untouched in the DOM (before, each key re-committed all of them:
// React resets an input's name and type as it updates it). Its handlers read the draft when
// called, so a field typed after another keeps what the other one wrote.
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentForm } from './DocumentForm';
import { useDraft } from './draftStore';

beforeEach(() => {
  act(() => {
    useDraft.getState().start();
    useDraft.getState().dispatch({ type: 'setText', text: 'متن آزمون: ترکیه و جمهوری آذربایجان در باکو دیدار کردند.' });
  });
});
afterEach(() => {
  cleanup();
  act(() => useDraft.getState().finish());
});

const doc = () => useDraft.getState().history?.present.document;

describe('DocumentForm', () => {
  it('changes only the field typed in', () => {
    const { container } = render(<DocumentForm issues={[]} />);
    const title = container.querySelector<HTMLInputElement>('[name="title-fa"]');
    const others = [...container.querySelectorAll('input, textarea, select')].filter((el) => el !== title);
    expect(title).not.toBeNull();
    expect(others.length).toBeGreaterThan(8);
    const touched: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const r of records) touched.push(`${(r.target as Element).getAttribute?.('name') ?? r.target.nodeName} ${r.type} ${r.attributeName ?? ''}`);
    });
    for (const el of others) watcher.observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
    fireEvent.change(title as HTMLInputElement, { target: { value: 'خ' } });
    fireEvent.change(title as HTMLInputElement, { target: { value: 'خب' } });
    const records = watcher.takeRecords();
    for (const r of records) touched.push(`${(r.target as Element).getAttribute?.('name') ?? r.target.nodeName} ${r.type} ${r.attributeName ?? ''}`);
    watcher.disconnect();
    expect(touched).toEqual([]);
    expect(title?.value).toBe('خب');
    expect(doc()?.title.fa).toBe('خب');
  });

  it("keeps each field's value when another is typed in, and the id follows the English title", () => {
    const { container } = render(<DocumentForm issues={[]} />);
    const field = (name: string) => container.querySelector<HTMLInputElement>(`[name="${name}"]`) as HTMLInputElement;
    fireEvent.change(field('title-fa'), { target: { value: 'دیدار' } });
    fireEvent.change(field('title-en'), { target: { value: 'A meeting' } });
    fireEvent.change(field('outlet-en'), { target: { value: 'Sample' } });
    fireEvent.change(field('outlet-fa'), { target: { value: 'نمونه' } });
    expect(doc()?.title).toEqual({ fa: 'دیدار', en: 'A meeting' });
    expect(doc()?.outlet).toEqual({ fa: 'نمونه', en: 'Sample' });
    expect(doc()?.id).toBe('a-meeting');
    expect(field('doc-id').value).toBe('a-meeting');
  });

  it('shows a problem beside its field, and takes it away when it goes', () => {
    const issue = { file: 'document.json', path: 'outlet.en', rule: 'schema', message: 'expected a non-empty string' };
    const { container, rerender } = render(<DocumentForm issues={[issue]} />);
    const outlet = () => container.querySelector('[name="outlet-en"]') as HTMLInputElement;
    expect(outlet().getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('expected a non-empty string');
    rerender(<DocumentForm issues={[]} />);
    expect(outlet().getAttribute('aria-invalid')).toBe('false');
    expect(container.textContent).not.toContain('expected a non-empty string');
  });
});
