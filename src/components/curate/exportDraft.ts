// The draft as files: the dataset folder (`<id>/document.json`, `<id>/facts.json`, `<id>/source.txt`)
// as one .zip download, unpacked it is a folder data:check accepts unchanged; and a Kavosh bundle.
import { saveBlob } from '../download';
import { datasetArchiveFiles, folderName } from '../../curation/datasetFolder';
import type { Draft } from '../../curation/draft';
import { storedZip } from '../../curation/zip';

export function downloadFolder(draft: Draft): void {
  const zip = storedZip(datasetArchiveFiles(draft));
  saveBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${folderName(draft)}.zip`);
}

export function downloadBundle(draft: Draft): void {
  const bundle = { kavoshBundle: 1, documents: [{ document: draft.document, text: draft.text, facts: draft.facts }] };
  saveBlob(new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: 'application/json' }), `${draft.document.id || 'draft'}.kavosh.json`);
}
