// @vitest-environment jsdom
// Persian phrases inside the English suggestion list keep their own order: the quoted text and
// the «…» of a date's basis are bidi-isolated (<bdi>), so «۱۸ دی ماه» does not turn into «دی ماه ۱۸».
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findDatePhrases } from '../../curation/datePhrases';
import { findMentions } from '../../curation/mentions';
import type { Entity } from '../../domain/schema';
import { appStore } from '../../store/store';
import { Suggestions } from './Suggestions';

afterEach(cleanup);

describe('Suggestions', () => {
  it('isolates the quoted Persian text and the Persian phrase a basis quotes', () => {
    const text = 'هیئتی از ترکیه روز ۱۸ دی ماه در باکو دیدار کرد.';
    const items = findDatePhrases(text, { value: '2024-01-10', precision: 'day', certainty: 'stated' });
    expect(items.length).toBeGreaterThan(0);
    const { container } = render(
      <Suggestions text={text} items={items} entityById={new Map()} covered={0} sentences={1} onAccept={() => undefined} onDismiss={() => undefined} />,
    );
    const first = container.querySelector('.curate-sugg')!;
    expect(first.querySelector('q > bdi')!.textContent).toBe(items[0]!.matched);
    const why = first.querySelector('.curate-why')!;
    expect(why.textContent).toBe(items[0]!.basis.en);
    const isolated = [...why.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toContain(items[0]!.matched);
  });

  it('says when a mention is the name\'s adjective («ترکیه‌ای»), not the name', () => {
    const text = 'هیئتی ترکیه\u200cای با مقام\u200cهای ترکیه دیدار کرد.';
    const turkey = { id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: [] } as unknown as Entity;
    const items = findMentions(text, [turkey]);
    const { container } = render(
      <Suggestions text={text} items={items} entityById={new Map([['turkey', turkey]])} covered={0} sentences={1} onAccept={() => undefined} onDismiss={() => undefined} />,
    );
    expect([...container.querySelectorAll('.curate-sugg-label')].map((l) => l.textContent)).toEqual(['Adjective of Turkey', 'Mention of Turkey']);
  });

  // A relative phrase or a day without its year has no value until the publication date is known:
  // the label says what it needs, not the precision word "unknown".
  it('says a date phrase needs the publication date when it has no value yet', () => {
    const text = 'هیئتی از ترکیه روز ۱۸ دی ماه در باکو دیدار کرد.';
    const items = findDatePhrases(text, { precision: 'unknown' });
    expect(items.length).toBeGreaterThan(0);
    const { container } = render(
      <Suggestions text={text} items={items} entityById={new Map()} covered={0} sentences={1} onAccept={() => undefined} onDismiss={() => undefined} />,
    );
    const labels = [...container.querySelectorAll('.curate-sugg-label')].map((l) => l.textContent);
    expect(labels[0]).toBe('Date: needs the publication date');
    expect(labels.join(' ')).not.toContain('unknown');
  });

  it('writes the sentence coverage in Persian digits in the Persian interface', () => {
    const lang = appStore.getState().lang;
    appStore.setState({ lang: 'fa' });
    try {
      const { getByTestId } = render(
        <Suggestions text="" items={[]} entityById={new Map()} covered={3} sentences={12} onAccept={() => undefined} onDismiss={() => undefined} />,
      );
      const coverage = getByTestId('curate-coverage').textContent!;
      expect(coverage).toContain('(۳ از ۱۲)');
      expect(coverage).toMatch(/^۲۵٪/);
      expect(coverage).not.toMatch(/[0-9]/);
    } finally {
      appStore.setState({ lang });
    }
  });
});
