// For unit tests only: an empty draft of a made-up Persian test article, its document filled in.
import { createDraft, type Draft } from './draft';

export function testDraft(text: string): Draft {
  return createDraft(
    {
      id: 'test-article',
      title: { fa: 'آزمون', en: 'Test' },
      language: 'fa',
      outlet: { fa: 'نشریه آزمون', en: 'Test Outlet' },
      citationChain: [],
      published: { precision: 'day', value: '2023-01-10', certainty: 'stated' },
      textFile: 'source.txt',
    },
    text,
  );
}
