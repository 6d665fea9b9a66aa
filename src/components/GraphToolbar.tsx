import { fitView, zoomBy } from '../cytoscape/viewport';
import { useT } from '../i18n/useT';
import { LAYOUTS, type LayoutName } from '../store/actions';
import { selectVisibility, useApp } from '../store/store';

/** The loaded article(s), named: what the graph is a picture of. */
function LoadedArticles() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const documents = useApp((s) => s.model?.dataset.documents);
  if (!documents || documents.length === 0) return null;
  const titles = documents.map((d) => (lang === 'fa' ? d.title.fa : d.title.en));
  const outlets = documents.map((d) => (lang === 'fa' ? d.outlet.fa : d.outlet.en)).filter(Boolean);
  const text = titles.join(' · ');
  return (
    <span className="loaded-articles" data-testid="loaded-articles" title={text}>
      {t('loadedArticles')}: <bdi>{text}</bdi>
      {outlets.length === 1 ? <span className="outlet"> — {outlets[0]}</span> : null}
    </span>
  );
}

export function GraphToolbar() {
  const t = useT();
  const layout = useApp((s) => s.layout);
  const setLayout = useApp((s) => s.setLayout);
  const shown = useApp((s) => selectVisibility(s).nodes.size);
  const total = useApp((s) => s.model?.nodes.length ?? 0);
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t('graph')}>
      <label>
        {t('layout')}{' '}
        <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={fitView}>
        {t('fit')}
      </button>
      <button type="button" aria-label={t('zoomIn')} onClick={() => zoomBy(1.25)}>
        +
      </button>
      <button type="button" aria-label={t('zoomOut')} onClick={() => zoomBy(0.8)}>
        −
      </button>
      <span className="shown-count" aria-live="polite" data-testid="shown-count">
        {t('nodesShown', { n: shown, total })}
      </span>
      <LoadedArticles />
    </div>
  );
}
