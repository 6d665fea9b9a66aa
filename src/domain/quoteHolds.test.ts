import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Evidence, Facts } from './schema';
import { checkFacts, quoteHolds } from './validate';

const doc = { id: 'd' } as DocumentMeta;
const text = 'Baku 😀 met Ankara. باکو';

describe('quoteHolds: the quote check without slicing or paths, for the common case', () => {
  it('agrees with text.slice(start, end) === quote (and the offset rules) on edge cases', () => {
    const cases: Array<[number, number, string, string?]> = [
      [0, 4, 'Baku'],
      [0, 4, 'Bak'],
      [0, 3, 'Baku'],
      [5, 7, '😀'],
      [5, 6, '😀'],
      [5, 6, '\ud83d'],
      [text.length - 4, text.length, 'باکو'],
      [text.length - 4, text.length + 1, 'باکو'],
      [4, 4, ''],
      [7, 5, 'x'],
      [0, 4, 'Baku', 'other'],
      [19, 18, ''],
    ];
    for (const [start, end, quote, docId = 'd'] of cases) {
      const ev = { doc: docId, quote, start, end, translation: 't' } as Evidence;
      const expected = ev.doc === doc.id && !(end <= start || end > text.length) && text.slice(start, end) === quote;
      expect(quoteHolds(ev, doc, text), JSON.stringify([start, end, quote, docId])).toBe(expected);
    }
  });

  it('problems keep their paths and wording: a participant quote, a repeated id, an unknown participant', () => {
    const facts = JSON.parse(readFileSync('tests/fixtures/mini/facts.json', 'utf8')) as Facts;
    const mini = JSON.parse(readFileSync('tests/fixtures/mini/document.json', 'utf8')) as DocumentMeta;
    const source = readFileSync('tests/fixtures/mini/source.txt', 'utf8');
    const event = facts.events[0]!;
    event.participants[0]!.evidence[0]!.quote = 'not this';
    event.participants[0]!.entity = 'nobody';
    facts.relations[0]!.id = facts.entities[1]!.id;
    const issues = checkFacts('facts.json', facts, mini, source);
    expect(issues.map((i) => [i.path, i.rule])).toEqual([
      ['events[0].participants[0].entity', 'reference'],
      ['events[0].participants[0].evidence[0].quote', 'quote'],
      ['relations[0].id', 'unique-id'],
    ]);
    expect(issues[2]?.message).toBe(`expected a unique id, but "${facts.entities[1]!.id}" is also used at entities[1].id`);
  });
});
