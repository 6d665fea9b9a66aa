// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGraphModel } from '../graph/model';
import { generateCorpus, validateCorpus } from '../graph/synth';
import { appStore } from '../store/store';
import { FiltersPanel } from './FiltersPanel';

function corpusModel() {
  const r = validateCorpus(generateCorpus({ elements: 400, seed: 3 }));
  if (!r.ok) throw new Error('invalid corpus');
  return buildGraphModel(r.dataset);
}

const initial = appStore.getState();
beforeEach(() => appStore.setState({ status: 'ready', model: corpusModel() }));
afterEach(() => {
  cleanup();
  appStore.setState(initial, true);
});

/** The checkboxes whose attributes were written while `act` ran. */
async function boxesWrittenBy(root: HTMLElement, act_: () => void): Promise<Set<Element>> {
  const written = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const r of records) if ((r.target as Element).matches?.('input')) written.add(r.target as Element);
  });
  observer.observe(root, { subtree: true, attributes: true });
  await act(async () => act_());
  for (const r of observer.takeRecords()) if ((r.target as Element).matches?.('input')) written.add(r.target as Element);
  observer.disconnect();
  return written;
}

describe('FiltersPanel', () => {
  it('a filter change writes to no checkbox but the one it changed', async () => {
    const { container } = render(<FiltersPanel />);
    const countries = [...container.querySelectorAll<HTMLInputElement>('[data-country] input[type="checkbox"]')];
    const boxes = container.querySelectorAll('input[type="checkbox"]');
    expect(countries.length).toBeGreaterThan(3);
    expect(boxes.length).toBeGreaterThan(countries.length + 3);

    const written = await boxesWrittenBy(container, () => fireEvent.click(countries[2]!));
    expect(appStore.getState().filters.countries).toEqual([countries[2]!.closest('[data-country]')!.getAttribute('data-country')]);
    expect(countries[2]!.checked).toBe(true);
    // React sets a controlled checkbox's `checked` as a property: no attribute is written at all.
    expect([...written].filter((box) => box !== countries[2])).toEqual([]);

    const kindBox = [...container.querySelectorAll<HTMLInputElement>('.filter-row:not([data-country]) input[type="checkbox"]')][0]!;
    const writtenByKind = await boxesWrittenBy(container, () => fireEvent.click(kindBox));
    expect(kindBox.checked).toBe(false);
    expect([...writtenByKind].filter((box) => box !== kindBox)).toEqual([]);
  });

  it('keeps one tab stop per group of checkboxes across filter changes', async () => {
    const { container } = render(<FiltersPanel />);
    const box = container.querySelectorAll<HTMLInputElement>('[data-country] input')[1]!;
    await act(async () => fireEvent.click(box));
    for (const group of container.querySelectorAll('fieldset')) {
      const checkboxes = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      if (checkboxes.length) expect(checkboxes.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    }
  });
});
