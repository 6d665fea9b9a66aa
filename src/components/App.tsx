import { useEffect, useRef, useState } from 'react';
import { useSkipBehind } from './skipBehind';
import { startMetricsRunner } from './analysis/metricsRunner';
import { GraphCanvas } from '../cytoscape/GraphCanvas';
import { loadNodeMenu } from '../cytoscape/contextMenu';
import { useT } from '../i18n/useT';
import { PANELS, type PanelName } from '../store/actions';
import { appStore, selectVisibility, useApp } from '../store/store';
import { FileDrop } from './FileDrop';
import { FiltersPanel } from './FiltersPanel';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';
import { PanelBoundary } from './PanelBoundary';
import { SearchBox } from './SearchBox';
import { SkipLinks } from './SkipLinks';
import { PhoneBar, usePhone } from './PhoneBar';
import { translate, type StringKey } from '../i18n/strings';
import { CurateEntry } from './curate/CurateEntry';
import { loadingChunk } from '../settle';
import { lazyPanel, PanelSuspense } from './lazyPanel';

// Loaded after the first graph paint (see useGraphPaintedOnce): the first screen does without them.
// The settled signal waits for each: its chunk while it loads (loadingChunk), the panel until it
// is on the page (lazyPanel).
const loadDetails = loadingChunk(() => import('./DetailsPanel'));
const loadExport = loadingChunk(() => import('./ExportMenu'));
const loadImport = loadingChunk(() => import('./ImportButton'));
const loadTimeline = loadingChunk(() => import('./timeline/Timeline'));
const DetailsPanel = lazyPanel('details', () => loadDetails().then((m) => m.DetailsPanel));
const ExportMenu = lazyPanel('export', () => loadExport().then((m) => m.ExportMenu));
const ImportButton = lazyPanel('import', () => loadImport().then((m) => m.ImportButton));
const ArticleView = lazyPanel('article', () => import('./ArticleView').then((m) => m.ArticleView));
const FactTable = lazyPanel('table', () => import('./FactTable').then((m) => m.FactTable));
const DocumentsPanel = lazyPanel('documents', () => import('./DocumentsPanel').then((m) => m.DocumentsPanel));
const AnalysisPanel = lazyPanel('analysis', () => import('./analysis/AnalysisPanel').then((m) => m.AnalysisPanel));
const Timeline = lazyPanel('timeline', () => loadTimeline().then((m) => m.Timeline));

const PANEL_TITLES: Record<PanelName, StringKey> = { details: 'details', article: 'article', table: 'factTable', analysis: 'analysis', documents: 'documents' };

function useDocumentLanguage() {
  const lang = useApp((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
    document.title = `${translate(lang, 'appTitle')} — ${translate(lang, 'appSubtitle')}`;
  }, [lang]);
}

/**
 * Whether the first graph has been painted (document.body.dataset.graphReady, set by the canvas).
 * What the first paint does not need (the timeline's chunk) is fetched after it.
 */
function useGraphPaintedOnce(): boolean {
  const [painted, setPainted] = useState(() => document.body.dataset.graphReady === 'true');
  useEffect(() => {
    if (painted) return;
    const check = () => {
      if (document.body.dataset.graphReady !== 'true') return;
      setPainted(true);
      // Fetch the panels and the node menu a click may need next, so no click waits for a chunk,
      // and the timeline now, in the same task that saw the paint: the settled signal counts it
      // from this moment.
      void Promise.all([loadTimeline(), loadDetails(), loadExport(), loadImport(), loadNodeMenu()]).catch(() => undefined);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-graph-ready'] });
    check();
    return () => observer.disconnect();
  }, [painted]);
  return painted;
}

function EmptyState() {
  const t = useT();
  const empty = useApp((s) => s.status === 'ready' && selectVisibility(s).nodes.size === 0);
  const reset = useApp((s) => s.resetFilters);
  if (!empty) return null;
  return (
    <div className="graph-overlay" role="status">
      <p>{t('noMatch')}</p>
      <button type="button" onClick={reset}>
        {t('resetFilters')}
      </button>
    </div>
  );
}

function GraphStatus() {
  const t = useT();
  const status = useApp((s) => s.status);
  const error = useApp((s) => s.error);
  if (status === 'loading')
    return (
      <div className="graph-overlay" role="status" aria-live="polite">
        <span className="spinner" aria-hidden /> {t('loading')}
      </div>
    );
  if (status === 'error')
    return (
      <div className="graph-overlay error" role="alert">
        <p>{t('loadError')}</p>
        <pre>{error}</pre>
      </div>
    );
  return null;
}

function Notice() {
  const t = useT();
  const notice = useApp((s) => s.notice);
  const setNotice = useApp((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>
        {t('dismiss')}
      </button>
    </div>
  );
}

export function App() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  const panel = useApp((s) => s.panel);
  const setPanel = useApp((s) => s.setPanel);
  const ready = useApp((s) => s.status === 'ready');
  // The views behind the full-window workbench are hidden while it is open (Workbench.css).
  const workbench = useApp((s) => s.workbenchOpen);
  const appRef = useRef<HTMLDivElement>(null);
  useSkipBehind(appRef, workbench);
  const failed = useApp((s) => s.status === 'error');
  const painted = useGraphPaintedOnce();
  // A drop before the first paint mounts the importer at once (its files wait in FileDrop's queue).
  const [dropped, setDropped] = useState(false);
  useDocumentLanguage();
  const phoneView = usePhone((s) => s.view);
  const filtersOpen = usePhone((s) => s.filtersOpen);
  // Centrality and communities follow the view in a worker (graphology loads only there).
  useEffect(() => startMetricsRunner(appStore), []);

  return (
    <div ref={appRef} className="app" data-view={phoneView} data-filters={filtersOpen ? 'open' : undefined} data-workbench={workbench ? 'open' : undefined}>
      <SkipLinks />
      <FileDrop onDrop={() => setDropped(true)} />
      <header className="app-header">
        <h1>
          {t('appTitle')} <span className="subtitle">{t('appSubtitle')}</span>
        </h1>
        {ready ? <SearchBox /> : null}
        <PanelBoundary name="import">
          {/* After a failed load too: importing is then the way forward. */}
          <PanelSuspense>{painted || failed || dropped ? <ImportButton /> : null}</PanelSuspense>
        </PanelBoundary>
        <PanelBoundary name="export">
          <PanelSuspense>{ready && painted ? <ExportMenu /> : null}</PanelSuspense>
        </PanelBoundary>
        {ready ? <CurateEntry /> : null}
        <button type="button" className="lang-switch" lang={lang === 'fa' ? 'en' : 'fa'} aria-label={t('languageLabel')} onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')}>
          {t('language')}
        </button>
      </header>
      <aside className="filters" id="filters-drawer" aria-label={t('filters')}>
        <PanelBoundary name="filters">
          <FiltersPanel />
        </PanelBoundary>
        <PanelBoundary name="legend">
          <Legend />
        </PanelBoundary>
      </aside>
      {/* Toolbar and notices sit above the canvas, never on it: the graph is fitted to what is left. */}
      <main className="graph-area" aria-label={t('graph')}>
        <PanelBoundary name="graph">
          <GraphToolbar />
          <Notice />
          <div className="graph-stage">
            <GraphCanvas />
            <GraphStatus />
            <EmptyState />
          </div>
        </PanelBoundary>
      </main>
      <aside className="side" aria-label={t(PANEL_TITLES[panel])}>
        <div role="tablist" className="tabs" aria-label={t('details')}>
          {PANELS.map((name) => (
            <button key={name} type="button" role="tab" id={`tab-${name}`} aria-selected={panel === name} aria-controls="side-panel" onClick={() => setPanel(name)}>
              {t(PANEL_TITLES[name])}
            </button>
          ))}
        </div>
        <div id="side-panel" role="tabpanel" aria-labelledby={`tab-${panel}`} className="side-panel">
          <PanelBoundary name={panel} key={panel}>
            <PanelSuspense fallback={<p className="empty-hint">{t('loading')}</p>}>
              {panel === 'details' ? (
                // Fetched after the first paint, like the timeline: the graph comes first.
                painted ? <DetailsPanel /> : <p className="empty-hint">{t('loading')}</p>
              ) : panel === 'article' ? (
                <ArticleView />
              ) : panel === 'analysis' ? (
                <AnalysisPanel />
              ) : panel === 'documents' ? (
                <DocumentsPanel />
              ) : (
                <FactTable />
              )}
            </PanelSuspense>
          </PanelBoundary>
        </div>
      </aside>
      <footer className="timeline-area" aria-label={t('timeline')}>
        <PanelBoundary name="timeline">
          <PanelSuspense>{ready && painted ? <Timeline /> : null}</PanelSuspense>
        </PanelBoundary>
      </footer>
      <PhoneBar />
    </div>
  );
}
