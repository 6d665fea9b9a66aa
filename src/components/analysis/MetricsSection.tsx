// Importance and groups: size actors by a centrality, colour them by Louvain community, and the
// topological filters (minimum degree, main component). The heavy part runs in a worker; this
// section shows its progress, a cancel button, the cap when betweenness is refused, and the legend.
import { useId } from 'react';
import { BETWEENNESS_CAP, SIZE_BY, type SizeBy } from '../../analysis/measures';
import { MAX_SIZE, MIN_SIZE, scoreRange } from '../../analysis/scale';
import { COMMUNITY_PALETTE } from '../../graph/style';
import { formatNumber, type Lang } from '../../i18n/strings';
import { useApp } from '../../store/store';
import { cancelMetrics } from './metricsRunner';
import { useAnalysisT } from './useAnalysisT';

const fmt = (v: number, lang: Lang) => (Number.isInteger(v) ? formatNumber(v, lang) : new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { maximumSignificantDigits: 3 }).format(v));

export function MetricsSection() {
  const t = useAnalysisT();
  const lang = useApp((s) => s.lang);
  const a = useApp((s) => s.analysis);
  const m = useApp((s) => s.metrics);
  const setAnalysis = useApp((s) => s.setAnalysis);
  const sizeId = useId();
  const degId = useId();
  const sizeName: Record<SizeBy, string> = { none: t.sizeNone, degree: t.degree, betweenness: t.betweenness, pagerank: t.pagerank };
  const stageName = { projection: t.stageProjection, centrality: t.stageCentrality, communities: t.stageCommunities };
  const range = m.scores && m.scoreOf === a.sizeBy ? scoreRange(m.scores) : null;
  const groupCount = m.communities ? new Set(Object.values(m.communities)).size : 0;

  return (
    <section className="analysis-section" aria-labelledby="analysis-metrics">
      <h3 id="analysis-metrics">{t.importance}</h3>
      <div className="analysis-field">
        <label htmlFor={sizeId}>{t.sizeBy}</label>
        <select id={sizeId} value={a.sizeBy} onChange={(e) => setAnalysis({ sizeBy: e.target.value as SizeBy })}>
          {SIZE_BY.map((by) => (
            <option key={by} value={by}>
              {sizeName[by]}
            </option>
          ))}
        </select>
      </div>
      {a.sizeBy === 'degree' ? <p className="analysis-note">{t.degreeNote}</p> : null}
      <label className="analysis-check">
        <input type="checkbox" checked={a.communities} onChange={(e) => setAnalysis({ communities: e.target.checked })} />
        {t.communities}
      </label>
      <div className="analysis-field">
        <label htmlFor={degId}>{t.minDegree}</label>
        <input id={degId} type="number" min={0} max={99} value={a.minDegree} onChange={(e) => setAnalysis({ minDegree: Number(e.target.value) })} />
      </div>
      <label className="analysis-check">
        <input type="checkbox" checked={a.mainOnly} onChange={(e) => setAnalysis({ mainOnly: e.target.checked })} />
        {t.mainOnly}
      </label>
      <div role="status" className="analysis-status" data-testid="metrics-status" data-state={m.status}>
        {m.status === 'running' ? (
          <>
            <progress max={m.progress[1] || 1} value={m.progress[0]} aria-label={t.computing(stageName[m.stage ?? 'projection'], m.progress[0], m.progress[1] || 1)} />{' '}
            {t.computing(stageName[m.stage ?? 'projection'], m.progress[0], m.progress[1] || 1)}{' '}
            <button type="button" onClick={cancelMetrics}>
              {t.cancel}
            </button>
          </>
        ) : m.status === 'cancelled' ? (
          t.cancelled
        ) : m.status === 'capped' ? (
          t.cappedBetweenness(formatNumber(Number(m.error ?? 0), lang), formatNumber(BETWEENNESS_CAP, lang))
        ) : m.status === 'error' ? (
          t.failed(m.error ?? '')
        ) : null}
      </div>
      {range && a.sizeBy !== 'none' ? (
        <figure className="size-legend" aria-label={t.scale}>
          <figcaption>
            {t.scale}: {sizeName[a.sizeBy]}
          </figcaption>
          <span className="size-dot" style={{ width: MIN_SIZE / 2, height: MIN_SIZE / 2 }} aria-hidden />
          <span>
            {t.smallest} {fmt(range.min, lang)}
          </span>
          <span className="size-dot" style={{ width: MAX_SIZE / 2, height: MAX_SIZE / 2 }} aria-hidden />
          <span>
            {t.largest} {fmt(range.max, lang)}
          </span>
          {m.ms.centrality !== undefined ? <span className="analysis-note">({t.took(m.ms.centrality)})</span> : null}
        </figure>
      ) : null}
      {a.communities && m.communities ? (
        <p className="community-legend">
          {t.groups(groupCount)}{' '}
          {COMMUNITY_PALETTE.slice(0, Math.min(groupCount, COMMUNITY_PALETTE.length)).map((c) => (
            <span key={c} className="swatch" style={{ background: c }} aria-hidden />
          ))}
        </p>
      ) : null}
    </section>
  );
}
