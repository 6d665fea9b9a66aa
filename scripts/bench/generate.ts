// `npx tsx scripts/bench/generate.ts [SIZES] [OUTDIR]`: writes the seeded synthetic corpora the
// bench loads under bench-data/<size>/, each with its layout.json of cached positions:
// - up to 50k, ONE document: document.json, facts.json, source.txt (a dataset folder;
//   `npm run data:check bench-data/10k` passes);
// - from 100k, MANY documents (src/graph/synthCorpus.ts: a few thousand articles sharing entities
//   by id, some facts reported by several): corpus.json, a bundle file as Export writes it, which
//   `?data=bench-data/100k/corpus.json` opens. Written document by document, never whole in memory
//   as one string.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/graph/synth';
import { generateDocuments } from '../../src/graph/synthCorpus';

export const SIZE_ELEMENTS: Record<string, number> = { '1k': 1_000, '10k': 10_000, '50k': 50_000, '100k': 100_000, '250k': 250_000 };

/** From this many elements a corpus is many documents in a bundle file (a few thousand articles at 250k). */
export const MULTI_DOCUMENT_FROM = 100_000;
export const BUNDLE_FILE = 'corpus.json';

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

export function isMultiDocument(size: string): boolean {
  return size !== 'article' && parseSize(corpusOf(size)) >= MULTI_DOCUMENT_FROM;
}

/** What `?data=` names for a size, relative to the server's root: the folder, or its bundle file. */
export function dataPath(size: string): string {
  const corpus = corpusOf(size);
  return isMultiDocument(size) ? `bench-data/${corpus}/${BUNDLE_FILE}` : `bench-data/${corpus}/`;
}

/** Appends to a file in ~1 MB writes. */
function bufferedWriter(file: string) {
  const fd = openSync(file, 'w');
  let parts: string[] = [];
  let pending = 0;
  const flush = () => {
    if (parts.length > 0) writeSync(fd, parts.join(''));
    parts = [];
    pending = 0;
  };
  return {
    write(chunk: string) {
      parts.push(chunk);
      pending += chunk.length;
      if (pending > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/** Writes the many-document corpus as a bundle file, each document as it is generated; returns its size. */
export function writeBundleCorpus(dir: string, elements: number, seed: number, id: string): { documents: number } {
  const out = bufferedWriter(join(dir, BUNDLE_FILE));
  out.write('{"kavoshBundle":1,"documents":[\n');
  const result = generateDocuments({ elements, seed, id }, (doc, i) => out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(doc)}`));
  out.write('\n],"facts":{');
  (['entities', 'events', 'relations'] as const).forEach((section, s) => {
    out.write(`${s === 0 ? '' : ','}${JSON.stringify(section)}:[\n`);
    result.facts[section].forEach((item, i) => out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(item)}`));
    out.write('\n]');
  });
  out.write('}}\n');
  out.close();
  writeFileSync(join(dir, 'layout.json'), JSON.stringify(result.layout));
  return { documents: result.documents };
}

/** Writes the corpus for `size` under `root/size/` unless an identical one is there; returns the folder. */
export function ensureCorpus(root: string, requested: string, seed = 20240601): string {
  const size = corpusOf(requested);
  const dir = join(root, size);
  const elements = parseSize(size);
  const multi = isMultiDocument(size);
  const stamp = JSON.stringify({ elements, seed, generator: multi ? 'multi-2' : 2 });
  const stampFile = join(dir, '.generated');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  mkdirSync(dir, { recursive: true });
  if (multi) writeBundleCorpus(dir, elements, seed, `synth-${size}`);
  else {
    const corpus = generateCorpus({ elements, seed, id: `synth-${size}` });
    writeFileSync(join(dir, 'document.json'), `${JSON.stringify(corpus.document, null, 2)}\n`);
    writeFileSync(join(dir, 'facts.json'), JSON.stringify(corpus.facts));
    writeFileSync(join(dir, 'source.txt'), corpus.text);
    writeFileSync(join(dir, 'layout.json'), JSON.stringify(corpus.layout));
  }
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
