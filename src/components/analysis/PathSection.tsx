// Paths between two actors: the ends, k, the list of paths found (shortest first) and the trail.
import { useId } from 'react';
import { MAX_K, PATH_CAP, type Path } from '../../analysis/paths';
import type { GraphModel } from '../../graph/model';
import { formatNumber, type Lang } from '../../i18n/strings';
import { swapPathEnds } from '../../store/analysis';
import { selectPaths } from '../../store/analysisView';
import { appStore, selectBaseVisibility, useApp } from '../../store/store';
import { nodeName } from '../names';
import { ActorSelect } from './ActorSelect';
import { TrailView } from './TrailView';
import { useAnalysisT } from './useAnalysisT';

function factName(model: GraphModel, fact: string, lang: Lang): string {
  const event = model.eventById.get(fact);
  if (event) {
    const label = event.shortLabel ?? event.label;
    return label[lang];
  }
  const relation = model.relationById.get(fact);
  if (!relation) return fact;
  return lang === 'fa' ? (relation.labelFa ?? relation.kind) : (relation.label ?? relation.kind.replaceAll('_', ' '));
}

/** "Pakistan → [Demir's invitation] → Azerbaijan" */
export function pathSummary(model: GraphModel, path: Path, lang: Lang): string {
  const arrow = lang === 'fa' ? ' ← ' : ' → ';
  return path.steps.map((s, i) => `${i === 0 ? nodeName(model, s.from, lang) : ''}${arrow}[${factName(model, s.fact, lang)}]${arrow}${nodeName(model, s.to, lang)}`).join('');
}

export function PathSection() {
  const t = useAnalysisT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const a = useApp((s) => s.analysis);
  const selectedId = useApp((s) => s.selectedId);
  const result = useApp((s) => selectPaths(s, selectBaseVisibility(s)));
  const setAnalysis = useApp((s) => s.setAnalysis);
  const kId = useId();
  if (!model) return null;
  const selectedActor = selectedId && model.entityById.has(selectedId) ? selectedId : null;
  const chosenIndex = result ? Math.min(a.pathIndex, Math.max(0, result.paths.length - 1)) : 0;
  const chosen = result?.paths[chosenIndex];

  return (
    <section className="analysis-section" aria-labelledby="analysis-paths">
      <h3 id="analysis-paths">{t.paths}</h3>
      <ActorSelect label={t.from} value={a.pathFrom} onChange={(pathFrom) => setAnalysis({ pathFrom })} model={model} lang={lang} noneLabel={t.none} />
      <ActorSelect label={t.to} value={a.pathTo} onChange={(pathTo) => setAnalysis({ pathTo })} model={model} lang={lang} noneLabel={t.none} />
      <div className="analysis-buttons">
        <button type="button" disabled={!selectedActor} onClick={() => setAnalysis({ pathFrom: selectedActor })}>
          {t.fromSelection}
        </button>
        <button type="button" disabled={!selectedActor} onClick={() => setAnalysis({ pathTo: selectedActor })}>
          {t.toSelection}
        </button>
        <button type="button" disabled={!a.pathFrom && !a.pathTo} onClick={() => appStore.setState((s) => ({ analysis: swapPathEnds(s.analysis) }))}>
          {t.swap}
        </button>
      </div>
      <div className="analysis-field">
        <label htmlFor={kId}>{t.k}</label>
        <select id={kId} value={a.k} onChange={(e) => setAnalysis({ k: Number(e.target.value) })}>
          {Array.from({ length: MAX_K }, (_, i) => i + 1).map((k) => (
            <option key={k} value={k}>
              {formatNumber(k, lang)}
            </option>
          ))}
        </select>
      </div>
      {result ? (
        <div role="status" className="analysis-status" data-testid="path-status">
          {result.shortest === null ? (
            t.notConnected
          ) : (
            <>
              {t.shortest(result.shortest)} {t.found(result.paths.length, a.k)}
              {result.truncated ? <strong className="analysis-capped"> {t.capped(PATH_CAP)}</strong> : null}
            </>
          )}
        </div>
      ) : null}
      {result && result.paths.length > 0 ? (
        <ol className="path-list" aria-label={t.pathList}>
          {result.paths.map((path, i) => (
            <li key={path.steps.map((s) => s.fact).join('|') + path.nodes.join('|')}>
              <button type="button" className="link" aria-pressed={i === chosenIndex} data-steps={path.steps.length} onClick={() => setAnalysis({ pathIndex: i })}>
                {pathSummary(model, path, lang)}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {chosen ? <TrailView path={chosen} /> : null}
    </section>
  );
}
