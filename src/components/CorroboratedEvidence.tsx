// A fact's evidence grouped by the documents that support it, with how many independent origins
// they come from (citation chains followed: two outlets citing AzerTac are one origin) and when the
// fact was first reported.
import { useMemo } from 'react';
import { corroborationOf } from '../domain/corroboration';
import { evidenceOf, type GraphModel } from '../graph/model';
import { CORROBORATION_STRINGS } from '../i18n/panels';
import { formatNumber, type Lang } from '../i18n/strings';
import { EvidenceList } from './EvidenceList';
import './CorroboratedEvidence.css';

export function CorroboratedEvidence({ model, id, lang }: { model: GraphModel; id: string; lang: Lang }) {
  const t = CORROBORATION_STRINGS[lang];
  const c = useMemo(() => corroborationOf(evidenceOf(model, id), model.dataset.documents), [model, id]);
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div className="corroboration" data-testid="corroboration" data-documents={c.supports.length} data-origins={c.origins.length}>
      <p className="corroboration-summary">
        {t.summary(n(c.supports.length), n(c.origins.length))}
        {c.firstReported ? (
          <>
            {'; '}
            {t.firstReported('')}
            <bdi dir="ltr">{c.firstReported}</bdi>
          </>
        ) : null}
      </p>
      {c.supports.map((s) => (
        <section key={s.doc.id} className="corroboration-doc" data-doc={s.doc.id} aria-label={s.doc.title[lang]}>
          <h4>
            <bdi>{s.doc.outlet[lang]}</bdi>
            {s.doc.citationChain.length > 0 ? (
              <span className="corroboration-chain">
                {' '}
                {t.citing} <bdi>{s.doc.citationChain.map((x) => x[lang]).join(' ← ')}</bdi>
              </span>
            ) : null}
          </h4>
          <EvidenceList evidence={s.quotes} />
        </section>
      ))}
    </div>
  );
}
