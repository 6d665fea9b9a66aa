// The built-in dataset, bundled by Vite and validated in the browser with the same rules as
// `npm run data:check` (an edited data file fails loudly here too, instead of rendering wrong).
import document from '../data/aran-news-baku/document.json';
import facts from '../data/aran-news-baku/facts.json';
import text from '../data/aran-news-baku/source.txt?raw';
import { formatIssue, validateDataset } from './domain/validate';
import type { Dataset } from './domain/schema';

export function loadBuiltinDataset(): Dataset {
  const result = validateDataset({
    documentFile: 'data/aran-news-baku/document.json',
    document,
    factsFile: 'data/aran-news-baku/facts.json',
    facts,
    texts: { 'source.txt': text },
  });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.dataset;
}
