// Neighbourhood focus: centre, depth, hop counting, hide or dim, expand and collapse.
import { useId } from 'react';
import { formatNumber } from '../../i18n/strings';
import { selectNeighbourhood } from '../../store/analysisView';
import { selectBaseVisibility, useApp } from '../../store/store';
import { ActorSelect } from './ActorSelect';
import { useAnalysisT } from './useAnalysisT';

export function FocusSection() {
  const t = useAnalysisT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const a = useApp((s) => s.analysis);
  const selectedId = useApp((s) => s.selectedId);
  const hoodSize = useApp((s) => (s.analysis.focus ? (selectNeighbourhood(s, selectBaseVisibility(s))?.nodes.size ?? null) : null));
  const setAnalysis = useApp((s) => s.setAnalysis);
  const toggleExpanded = useApp((s) => s.toggleExpanded);
  const depthId = useId();
  if (!model) return null;
  const selectedNode = selectedId && model.nodeById.has(selectedId) ? selectedId : null;
  const expanded = selectedNode ? a.expanded.includes(selectedNode) : false;

  return (
    <section className="analysis-section" aria-labelledby="analysis-focus">
      <h3 id="analysis-focus">{t.neighbourhood}</h3>
      <ActorSelect label={t.centre} value={a.focus} onChange={(focus) => setAnalysis({ focus })} model={model} lang={lang} noneLabel={t.none} extra={a.focus} />
      <div className="analysis-buttons">
        <button type="button" disabled={!selectedNode || selectedNode === a.focus} onClick={() => setAnalysis({ focus: selectedNode })}>
          {t.focusSelection}
        </button>
        <button type="button" disabled={!a.focus} onClick={() => setAnalysis({ focus: null })}>
          {t.clearFocus}
        </button>
      </div>
      <div className="analysis-field">
        <label htmlFor={depthId}>{t.depth}</label>
        <select id={depthId} value={a.depth} onChange={(e) => setAnalysis({ depth: Number(e.target.value) })}>
          {[1, 2, 3].map((d) => (
            <option key={d} value={d}>
              {formatNumber(d, lang)}
            </option>
          ))}
        </select>
      </div>
      <label className="analysis-check">
        <input type="checkbox" checked={a.hops === 'raw'} onChange={(e) => setAnalysis({ hops: e.target.checked ? 'raw' : 'connectors' })} />
        {t.rawHops}
      </label>
      <fieldset className="analysis-radios">
        <legend>{t.outside}</legend>
        {(['hide', 'dim'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="analysis-outside" checked={a.outside === mode} onChange={() => setAnalysis({ outside: mode })} /> {t[mode]}
          </label>
        ))}
      </fieldset>
      <div className="analysis-buttons">
        <button type="button" disabled={!selectedNode || !a.focus || selectedNode === a.focus} aria-pressed={expanded} onClick={() => selectedNode && toggleExpanded(selectedNode)}>
          {expanded ? t.collapse : t.expand}
        </button>
        {a.expanded.length > 0 ? <span className="analysis-note">{t.expandedCount(a.expanded.length)}</span> : null}
      </div>
      <p className="analysis-note">{t.expandHint}</p>
      {a.focus ? (
        <p className="analysis-status" role="status" data-testid="hood-status">
          {hoodSize === null ? t.focusHidden : t.hoodSize(hoodSize)}
        </p>
      ) : null}
    </section>
  );
}
