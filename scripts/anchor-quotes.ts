// `npx tsx scripts/anchor-quotes.ts DIR`: computes the UTF-16 offsets of every evidence quote in
// DIR/facts.json from the text that DIR/document.json names, so curators write quotes, not numbers.
// A quote that occurs more than once keeps the occurrence nearest its current `start` (a hint);
// without a hint that is ambiguous. Missing or ambiguous quotes are listed and nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface RawEvidence {
  doc?: unknown;
  quote?: unknown;
  start?: unknown;
  end?: unknown;
  translation?: unknown;
  note?: unknown;
}

type RawFacts = Record<string, unknown>;

const SECTIONS = ['entities', 'events', 'relations'] as const;

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Picks the offset for one quote, or explains why it cannot. */
function anchor(text: string, quote: string, hint: number | undefined): number | string {
  const found = occurrences(text, quote);
  const [first] = found;
  if (first === undefined) return 'the quote does not occur in the text';
  if (found.length === 1) return first;
  if (hint === undefined)
    return `the quote occurs ${found.length} times (at ${found.join(', ')}): give a "start" near the one you mean`;
  return found.reduce((best, at) => (Math.abs(at - hint) < Math.abs(best - hint) ? at : best), first);
}

/** Rewrites evidence in place with canonical key order; returns the problems found. */
function anchorFacts(facts: RawFacts, text: string): string[] {
  const problems: string[] = [];
  for (const section of SECTIONS) {
    const items = facts[section];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const evidence = (item as { evidence?: unknown }).evidence;
      if (!Array.isArray(evidence)) return;
      evidence.forEach((raw: unknown, j) => {
        const path = `${section}[${i}].evidence[${j}]`;
        const ev = raw as RawEvidence;
        if (typeof ev.quote !== 'string' || ev.quote === '') {
          problems.push(`${path}.quote: expected a non-empty string`);
          return;
        }
        const result = anchor(text, ev.quote, typeof ev.start === 'number' ? ev.start : undefined);
        if (typeof result === 'string') {
          problems.push(`${path}.quote: ${result}: ${JSON.stringify(ev.quote)}`);
          return;
        }
        const { doc, quote, translation, note } = ev;
        evidence[j] = { doc, quote, start: result, end: result + quote.length, translation, ...(note === undefined ? {} : { note }) };
      });
    });
  }
  return problems;
}

function main(dir: string | undefined): number {
  if (dir === undefined) {
    console.error('usage: tsx scripts/anchor-quotes.ts DATASET_DIR');
    return 2;
  }
  const factsFile = join(dir, 'facts.json');
  const document = JSON.parse(readFileSync(join(dir, 'document.json'), 'utf8')) as { textFile?: unknown };
  const textFile = typeof document.textFile === 'string' ? document.textFile : 'source.txt';
  const text = readFileSync(join(dir, textFile), 'utf8');
  const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as RawFacts;
  const problems = anchorFacts(facts, text);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${factsFile} at ${problem}`);
    return 1;
  }
  writeFileSync(factsFile, `${JSON.stringify(facts, null, 2)}\n`);
  console.log(`anchored the evidence in ${factsFile}`);
  return 0;
}

process.exitCode = main(process.argv[2]);
