// `npx tsx scripts/bench/generate.ts [SIZES] [OUTDIR]`: writes the seeded synthetic corpora the
// bench loads (document.json, facts.json, source.txt and layout.json per size) under bench-data/.
// Each is a valid dataset: `npm run data:check bench-data/10k` passes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/graph/synth';

export const SIZE_ELEMENTS: Record<string, number> = { '1k': 1_000, '10k': 10_000, '50k': 50_000, '100k': 100_000, '250k': 250_000 };

/** `10k-nolayout` is the 10k corpus opened without its layout.json (positions computed in the page). */
export function corpusOf(size: string): string {
  return size.replace(/-nolayout$/, '');
}

export function parseSize(size: string): number {
  const known = SIZE_ELEMENTS[size];
  if (known !== undefined) return known;
  const match = /^(\d+)(k?)$/.exec(size);
  if (!match) throw new Error(`unknown size "${size}": use article, 1k, 10k, 50k, 100k, 250k or a number like 20k`);
  return Number(match[1]) * (match[2] ? 1000 : 1);
}

/** Writes the corpus for `size` under `root/size/` unless an identical one is there; returns the folder. */
export function ensureCorpus(root: string, requested: string, seed = 20240601): string {
  const size = corpusOf(requested);
  const dir = join(root, size);
  const elements = parseSize(size);
  const stamp = JSON.stringify({ elements, seed, generator: 1 });
  const stampFile = join(dir, '.generated');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  const corpus = generateCorpus({ elements, seed, id: `synth-${size}` });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'document.json'), `${JSON.stringify(corpus.document, null, 2)}\n`);
  writeFileSync(join(dir, 'facts.json'), JSON.stringify(corpus.facts));
  writeFileSync(join(dir, 'source.txt'), corpus.text);
  writeFileSync(join(dir, 'layout.json'), JSON.stringify(corpus.layout));
  writeFileSync(stampFile, stamp);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? '1k,10k,50k').split(',');
  const root = process.argv[3] ?? 'bench-data';
  for (const size of sizes) {
    const started = performance.now();
    const dir = ensureCorpus(root, size);
    console.log(`${dir} (${Math.round(performance.now() - started)} ms)`);
  }
}
