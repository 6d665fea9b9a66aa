// The evidence trail of one path: each step's fact, the actors' roles, its date in both calendars,
// its verbatim Persian quotes with translations and documents; inferred parts marked. Copy as text
// and download as Markdown.
import { useMemo, useState } from 'react';
import { buildTrail, trailToMarkdown, trailToText } from '../../analysis/trail';
import type { Path } from '../../analysis/paths';
import { kindName } from '../../i18n/kinds';
import { useApp } from '../../store/store';
import { nodeName } from '../names';
import { useAnalysisT } from './useAnalysisT';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TrailView({ path }: { path: Path }) {
  const t = useAnalysisT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const select = useApp((s) => s.select);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const trail = useMemo(() => (model ? buildTrail(model, path) : null), [model, path]);
  if (!model || !trail) return null;
  const name = (id: string) => nodeName(model, id, lang);
  const role = (r: { en: string; fa?: string } | undefined) => (r ? ` (${t.as} ${lang === 'fa' ? (r.fa ?? r.en) : r.en})` : '');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(trailToText(model, trail, lang));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <section className="trail" aria-labelledby="trail-title" data-testid="trail">
      <h4 id="trail-title">{t.trailOf(name(trail.from), name(trail.to))}</h4>
      <div className="analysis-buttons">
        <button type="button" onClick={copy}>
          {t.copy}
        </button>
        <button type="button" onClick={() => download(`trail-${trail.from}-${trail.to}.md`, trailToMarkdown(model, trail, lang))}>
          {t.markdown}
        </button>
        <span role="status" className="analysis-note">
          {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
      <ol className="trail-steps">
        {trail.steps.map((step, i) => (
          <li key={`${i}:${step.fact}`} className="trail-step" data-fact={step.fact}>
            <p className="trail-head">
              <bdi className="trail-actor">{name(step.from)}</bdi>
              {role(step.roleFrom)} —{' '}
              <button type="button" className="link" onClick={() => select(step.fact, true)}>
                {step.label[lang]}
              </button>{' '}
              <span className="trail-kind">[{kindName(step.kind, lang)}]</span> — <bdi className="trail-actor">{name(step.to)}</bdi>
              {role(step.roleTo)}
            </p>
            {step.date ? <p className="trail-date">{step.date[lang]}</p> : null}
            {step.inferred ? (
              <p className="trail-inferred" lang="en" dir="ltr">
                <strong>{t.inferred}:</strong> {step.inferred}
              </p>
            ) : null}
            <ol className="evidence-list">
              {step.quotes.map((q) => (
                <li key={`${q.doc}:${q.start}:${q.end}`} className="evidence">
                  <blockquote className="quote" lang="fa" dir="rtl" data-start={q.start} data-end={q.end}>
                    {q.quote}
                  </blockquote>
                  <p className="translation" lang="en" dir="ltr">
                    {q.translation}
                  </p>
                  <p className="trail-doc">
                    {t.document}: <bdi>{q.docTitle[lang]}</bdi>
                  </p>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
