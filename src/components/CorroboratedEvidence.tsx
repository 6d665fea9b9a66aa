// A fact's evidence grouped by the documents that support it, with how many independent origins
// they come from (citation chains followed: two outlets citing AzerTac are one origin) and when the
// fact was first reported.
import { useMemo } from 'react';
import { corroborationOf } from '../domain/corroboration';
import { describeDate } from '../domain/dates';
import { CREDIBILITY, credibilityOf, reliabilityOf, type Credibility } from '../domain/grades';
import { useApp } from '../store/store';
import { evidenceOf, type GraphModel } from '../graph/model';
import { CORROBORATION_STRINGS } from '../i18n/panels';
import { formatNumber, type Lang } from '../i18n/strings';
import { EvidenceList } from './EvidenceList';
import './CorroboratedEvidence.css';

export function CorroboratedEvidence({ model, id, lang }: { model: GraphModel; id: string; lang: Lang }) {
  const t = CORROBORATION_STRINGS[lang];
  const c = useMemo(() => corroborationOf(evidenceOf(model, id), model.dataset.documents), [model, id]);
  const n = (x: number) => formatNumber(x, lang);
  const grades = useApp((s) => s.workspace.grades);
  const gradeFact = useApp((s) => s.gradeFact);
  const allDisputes = useApp((s) => s.workspace.disputes);
  const factId = model.edgeById.get(id)?.factId ?? id;
  const curated = (model.eventById.get(factId) ?? model.relationById.get(factId) ?? model.entityById.get(factId))?.credibility;
  const credibility = credibilityOf(factId, grades, curated);
  // Only disputes whose documents are all shown: a hidden document makes no claim on screen.
  const shownDocs = new Set(model.dataset.documents.map((d) => d.id));
  const disputes = allDisputes.filter((d) => d.fact === factId && d.claims.every((claim) => claim.docs.every((doc) => shownDocs.has(doc))));
  const title = (doc: string) => model.dataset.documents.find((d) => d.id === doc)?.outlet[lang] ?? doc;
  return (
    <div className="corroboration" data-testid="corroboration" data-documents={c.supports.length} data-origins={c.origins.length}>
      <p className="corroboration-summary">
        {t.summary(n(c.supports.length), n(c.origins.length))}
        {c.firstReported ? (
          <>
            {'; '}
            {t.firstReported('')}
            <bdi>{reportedOn(c.firstReported, lang)}</bdi>
          </>
        ) : null}
      </p>
      {disputes.map((d, i) => (
        <section key={i} className="dispute" data-testid="dispute" data-field={d.field} aria-label={t.disputed(t.fields[d.field])}>
          <h4>{t.disputed(t.fields[d.field])}</h4>
          <div className="dispute-claims">
            {d.claims.map((claim, j) => (
              <p key={j} className="dispute-claim">
                <bdi dir="ltr">{claim.value}</bdi>
                <span className="dispute-docs">
                  {' — '}
                  {claim.docs.map(title).join(', ')}
                </span>
              </p>
            ))}
          </div>
        </section>
      ))}
      <label className="corroboration-credibility">
        {t.credibility}{' '}
        <select
          data-testid="credibility"
          value={credibility}
          onChange={(e) => gradeFact(factId, Number(e.currentTarget.value) === 6 ? null : (Number(e.currentTarget.value) as Credibility))}
        >
          {CREDIBILITY.map((g) => (
            <option key={g} value={g}>
              {n(g)}
            </option>
          ))}
        </select>
      </label>
      {c.supports.map((s) => (
        <section key={s.doc.id} className="corroboration-doc" data-doc={s.doc.id} aria-label={s.doc.title[lang]}>
          <h4>
            {/* An Admiralty code (reliability A-F, credibility 1-6) is a code, the same in every language. */}
            <abbr className="grade" data-grade={`${reliabilityOf(s.doc, grades)}${credibility}`} title={t.grade(`${reliabilityOf(s.doc, grades)}${credibility}`)} dir="ltr" translate="no">
              {`${reliabilityOf(s.doc, grades)}${credibility}`}
            </abbr>{' '}
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

/** A publication day (ISO: YYYY, YYYY-MM or YYYY-MM-DD) for people, in both calendars, the reader's first. */
function reportedOn(iso: string, lang: Lang): string {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
  return describeDate({ precision, value: iso, certainty: 'stated' }, lang);
}
