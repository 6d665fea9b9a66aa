// Binds the store to the address bar: state changes write the URL (pushState, so back and forward
// step through views; typing in search replaces instead of stacking entries), and popstate or a
// pasted link applies the URL to the store. What a link cannot say is ignored and announced.
import { translate, type Lang } from '../i18n/strings';
import type { AppStore } from './store';
import { registerSettleSource } from '../settle';
import { MANAGED_KEYS, parseQuery, pickUrlState, resolveAgainstModel, toQuery, type ParsedUrl } from './url';

const LANG_KEY = 'kavosh.lang';

/** The first visit follows the browser's preference; later visits the user's last choice. */
export function initialLanguage(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'fa') return saved;
  } catch {
    // Storage can be disabled; the browser preference still applies.
  }
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}

function changedKeys(a: string, b: string): string[] {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  return [...keys].filter((k) => pa.get(k) !== pb.get(k));
}

/** Equal as JSON (small plain objects: a link's filters or time window). Key order matters, which
 * only ever costs a recomputation, never a wrong view. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function startUrlSync(store: AppStore): () => void {
  let applying = false;
  let lastQuery = window.location.search.replace(/^\?/, '');
  let timer: ReturnType<typeof setTimeout> | undefined;

  const early = parseQuery(lastQuery);
  store.setState({ lang: early.state.lang ?? initialLanguage(), layout: early.state.layout, panel: early.state.panel, search: early.state.search });

  const apply = (parsed: ParsedUrl, focus: boolean) => {
    applying = true;
    const s = store.getState();
    store.setState({
      // The same filters and window keep their objects: the canvas's visibility is derived by
      // identity, and a fresh but equal object recomputed it for every fact (0.5 s at 100k, on load).
      filters: sameValue(parsed.state.filters, s.filters) ? s.filters : parsed.state.filters,
      search: parsed.state.search,
      time: sameValue(parsed.state.time, s.time) ? s.time : parsed.state.time,
      selectedId: parsed.state.selectedId,
      focusSeq: focus && parsed.state.selectedId ? s.focusSeq + 1 : s.focusSeq,
      layout: parsed.state.layout,
      lang: parsed.state.lang ?? s.lang,
      panel: parsed.state.panel,
      analysis: parsed.state.analysis,
      viewport: parsed.state.viewport,
      notice: parsed.ignored.length > 0 ? translate(parsed.state.lang ?? s.lang, 'linkIgnored', { detail: parsed.ignored.join('; ') }) : null,
    });
    applying = false;
  };

  const applyLocation = (focus: boolean) => {
    if (!store.getState().model) return;
    lastQuery = window.location.search.replace(/^\?/, '');
    const parsed = parseQuery(lastQuery);
    // The documents first: the selection and countries are then resolved against what they show.
    applying = true;
    if (parsed.state.docs) store.getState().showOnlyDocuments(parsed.state.docs);
    else store.getState().setWorkspaceMeta({ missingDocs: [] });
    applying = false;
    const model = store.getState().model;
    if (!model) return;
    const resolved = resolveAgainstModel(parsed, model);
    const missing = store.getState().workspace.missingDocs;
    if (missing.length > 0) resolved.ignored.unshift(translate(store.getState().lang, 'linkMissingDocs', { ids: missing.join(', ') }));
    apply(resolved, focus);
  };

  const write = () => {
    const s = store.getState();
    if (s.status !== 'ready') return;
    // Parameters this module does not manage (?data=, ?layout=, ?naive, ?overview, ?webgl) choose
    // what is loaded and how it is drawn: they stay in the link, ahead of the view's state.
    const kept = new URLSearchParams(window.location.search);
    for (const key of MANAGED_KEYS) kept.delete(key);
    const query = [kept.toString(), toQuery(pickUrlState(s))].filter(Boolean).join('&');
    if (query === lastQuery) return;
    const soft = changedKeys(lastQuery, query).every((k) => k === 'q');
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (soft) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    lastQuery = query;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      try {
        localStorage.setItem(LANG_KEY, s.lang);
      } catch {
        // Not persisting the choice is acceptable; the URL still carries it.
      }
    }
    if (s.model !== prev.model && s.model && !prev.model) {
      applyLocation(true);
      return;
    }
    if (applying) return;
    clearTimeout(timer);
    timer = setTimeout(flush, 200);
  });
  function flush() {
    clearTimeout(timer);
    timer = undefined;
    write();
  }
  // Until the debounced write has run, the address bar lags the view: the app is not settled.
  const unregister = registerSettleSource('url', () => timer !== undefined, flush);
  const onPop = () => applyLocation(false);
  window.addEventListener('popstate', onPop);
  if (store.getState().model) applyLocation(true);
  return () => {
    unsubscribe();
    unregister();
    clearTimeout(timer);
    window.removeEventListener('popstate', onPop);
  };
}
