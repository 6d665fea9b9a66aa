// The draft as files: the dataset folder (document.json, facts.json, source.txt: three downloads,
// as no zip library is a dependency) that data:check accepts unchanged, and a Kavosh bundle.
import { saveBlob } from '../download';
import { toDatasetFolder } from '../../curation/datasetFolder';
import type { Draft } from '../../curation/draft';

export function downloadFolder(draft: Draft): void {
  for (const [name, content] of Object.entries(toDatasetFolder(draft))) {
    saveBlob(new Blob([content], { type: name.endsWith('.json') ? 'application/json' : 'text/plain;charset=utf-8' }), name);
  }
}

export function downloadBundle(draft: Draft): void {
  const bundle = { kavoshBundle: 1, documents: [{ document: draft.document, text: draft.text, facts: draft.facts }] };
  saveBlob(new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: 'application/json' }), `${draft.document.id || 'draft'}.kavosh.json`);
}
