import { describe, expect, it } from 'vitest';
import { validateDataset } from '../domain/validate';
import { validationMessageFa } from './validationFa';

describe('validator messages in Persian', () => {
  it('renders the messages a curator meets in the workbench', () => {
    expect(validationMessageFa('expected a non-empty string')).toBe('متنی ناتهی لازم است');
    expect(validationMessageFa('expected a value for day precision')).toBe('برای دقتِ «روز» مقدار تاریخ لازم است');
    expect(validationMessageFa('expected a string, but the field is missing')).toBe('این فیلد خالی است؛ متن لازم است');
    expect(validationMessageFa('expected at least 3 character(s)')).toBe('دست‌کم ۳ نویسه لازم است');
    expect(validationMessageFa('expected one of "meeting", "agreement"')).toBe('یکی از این‌ها لازم است: "meeting", "agreement"');
  });

  it('has no rendering for a message it does not know (shown in English then)', () => {
    expect(validationMessageFa('expected a citation chain without cycles, but "X" is also outlet')).toBeNull();
    expect(validationMessageFa('something else entirely')).toBeNull();
  });

  // The table follows the validator's words: an empty document with one half-made event must
  // produce messages that all have a Persian rendering, so a reworded message shows up here.
  it('covers what the validator says about an empty document and a half-made event', () => {
    const result = validateDataset({
      document: { id: 'doc', title: { fa: '', en: '' }, outlet: { fa: '', en: '' }, citationChain: [], published: { precision: 'day', certainty: 'stated' }, language: 'fa' },
      facts: { entities: [], events: [{ id: 'e1', kind: 'meeting', label: { fa: '', en: '' }, date: { precision: 'day', certainty: 'inferred' }, participants: [], evidence: [] }], relations: [] },
    } as never);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.length).toBeGreaterThan(3);
    const untranslated = issues.map((i) => i.message).filter((m) => validationMessageFa(m) === null);
    expect(untranslated).toEqual([]);
  });
});
