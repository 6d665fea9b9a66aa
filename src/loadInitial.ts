// Starts loading the dataset as soon as the script runs, before React's first render, so the
// fetch of the data chunk overlaps rendering instead of waiting for an effect.
import { appStore } from './store/store';

export function startInitialLoad(): void {
  if (appStore.getState().model) return;
  // `?data=folder/` loads a same-origin dataset folder, `?data=corpus.json` a bundle file of many
  // documents (bench corpora, other articles), instead.
  const folder = new URLSearchParams(window.location.search).get('data');
  if (folder) {
    void import('./dataSource').then(({ loadDataParamIntoStore }) => loadDataParamIntoStore(folder));
    return;
  }
  // The saved workspace, or the built-in article when nothing was saved.
  import('./workspace/browser')
    .then(({ openBrowserWorkspace }) => openBrowserWorkspace())
    .catch((error: unknown) => appStore.getState().setLoadError(error instanceof Error ? error.message : String(error)));
}
