// A draft as a dataset folder — document.json, facts.json and the text file — in exactly the
// layout data/ holds and `npm run data:check` reads (scripts/lib/read-dataset.ts). The text is
// written byte for byte as stored (UTF-8, ZWNJ kept, nothing normalised) and the document's
// sha256 is that text's. Pure: the caller writes the files (a download, a directory handle, fs).
import type { DocumentMeta, Facts } from '../domain/schema';
import { sha256Hex } from '../domain/validate';
import type { Draft } from './draft';

export type DatasetFolder = Record<string, string> & { 'document.json': string; 'facts.json': string };

/** The document with its keys in the order the curated datasets use (a reviewable diff). */
function orderedDocument(doc: DocumentMeta, sha256: string): Record<string, unknown> {
  const { id, title, language, outlet, citationChain, url, reliability, published, textFile, uncoveredSentences, sha256: _stale, ...rest } = doc;
  return { id, title, language, outlet, citationChain, ...(url === undefined ? {} : { url }), ...(reliability === undefined ? {} : { reliability }), published, textFile, sha256, uncoveredSentences, ...rest };
}

function orderedFacts(facts: Facts): Record<string, unknown> {
  const { $schema, entities, events, relations } = facts;
  return { ...($schema === undefined ? {} : { $schema }), entities, events, relations };
}

/**
 * The files of the dataset folder, by name. A text that starts with a byte-order mark cannot be
 * stored faithfully (readers drop a leading BOM), so that is an error rather than a silent change.
 */
export function toDatasetFolder(draft: Draft): DatasetFolder {
  const textFile = draft.document.textFile;
  if (!/^[^/\\]+$/.test(textFile) || textFile.startsWith('.') || textFile === 'document.json' || textFile === 'facts.json')
    throw new Error(`toDatasetFolder: the text file name "${textFile}" must be a plain file name beside document.json`);
  if (draft.text.startsWith('\uFEFF')) throw new Error('toDatasetFolder: the text starts with a byte-order mark, which readers drop');
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'document.json': json(orderedDocument(draft.document, sha256Hex(draft.text))),
    'facts.json': json(orderedFacts(draft.facts)),
    [textFile]: draft.text,
  } as DatasetFolder;
}

/** The folder's name: the document's id, or "draft" while the id is not a valid one (it is a path part). */
export function folderName(draft: Draft): string {
  return /^[a-z0-9][a-z0-9_-]*$/.test(draft.document.id) ? draft.document.id : 'draft';
}

/** The folder's files under its own name, as they go into one archive: `<id>/document.json`, … */
export function datasetArchiveFiles(draft: Draft): Record<string, string> {
  const folder = folderName(draft);
  return Object.fromEntries(Object.entries(toDatasetFolder(draft)).map(([name, content]) => [`${folder}/${name}`, content]));
}
