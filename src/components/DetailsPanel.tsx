import { describeDate } from '../domain/dates';
import type { GraphModel } from '../graph/model';
import { kindName } from '../i18n/kinds';
import { REACH_STRINGS } from '../i18n/reach';
import { edgeLabel } from '../i18n/roles';
import type { Lang } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { useApp } from '../store/store';
import { CorroboratedEvidence } from './CorroboratedEvidence';
import { EntityMerges } from './EntityMerges';
import { NodeActions } from './analysis/NodeActions';
import { elementName, nodeName } from './names';

const LATIN = /[A-Za-z\u00C0-\u024F]/;

function Link({ id, model, lang }: { id: string; model: GraphModel; lang: Lang }) {
  const select = useApp((s) => s.select);
  return (
    <button type="button" className="link" onClick={() => select(id, true)}>
      {elementName(model, id, lang)}
    </button>
  );
}

export function DetailsPanel() {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const selectedId = useApp((s) => s.selectedId);
  const select = useApp((s) => s.select);
  const showInArticle = useApp((s) => s.showInArticle);
  if (!model) return null;
  if (!selectedId) return <p className="empty-hint">{t('nothingSelected')}</p>;

  const node = model.nodeById.get(selectedId);
  const edge = model.edgeById.get(selectedId);
  const entity = model.entityById.get(selectedId);
  const event = model.eventById.get(edge?.factId ?? selectedId);
  const relation = model.relationById.get(edge?.factId ?? selectedId);
  const other = lang === 'fa' ? 'en' : 'fa';
  const names = entity?.name ?? event?.label;
  const fact = entity ?? event ?? relation;
  // A middle dot reads as the Persian zero in Vazirmatn: Persian lists take its comma.
  const sep = lang === 'fa' ? '، ' : ' · ';
  const description = entity ? (lang === 'fa' ? (entity.descriptionFa ?? null) : entity.description) : null;
  // No Persian description yet: the English one, said to be English and marked so (lang, dir).
  const englishOnly = lang === 'fa' && !entity?.descriptionFa && entity?.description ? entity.description : null;

  return (
    <article className="details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title">{elementName(model, selectedId, lang)}</h2>
        {names ? (
          <p className="other-name" lang={other} dir={other === 'fa' ? 'rtl' : 'ltr'}>
            {names[other]}
          </p>
        ) : null}
        <button type="button" className="close" aria-label={t('clearSelection')} onClick={() => select(null)}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t('kind')}</dt>
        <dd>{edge ? edgeLabel(edge, lang) : kindName(node?.kind ?? '', lang)}{edge && event ? `${sep}${kindName(event.kind, lang)}` : ''}</dd>
        {node?.country && node.country !== node.id ? (
          <>
            <dt>{t('affiliation')}</dt>
            <dd>
              <Link id={node.country} model={model} lang={lang} />
            </dd>
          </>
        ) : null}
        {entity && entity.aliases.length > 0 ? (
          <>
            <dt>{t('aliases')}</dt>
            <dd className="aliases">
              {entity.aliases.map((alias, i) => (
                <span key={alias}>
                  {i > 0 ? sep : null}
                  {/* An alias in Latin script (Azerbaijani, Turkish, English…) is marked as such, language undetermined. */}
                  <bdi lang={LATIN.test(alias) ? 'und-Latn' : undefined}>{alias}</bdi>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {description ? (
          <>
            <dt>{t('description')}</dt>
            <dd lang={lang} className="description">{description}</dd>
          </>
        ) : englishOnly ? (
          <>
            <dt>{t('description')}</dt>
            <dd className="description">
              <span className="lang-tag">{REACH_STRINGS.fa.englishOnly}</span>{' '}
              <span lang="en" dir="ltr" className="english-fallback">{englishOnly}</span>
            </dd>
          </>
        ) : null}
        {event ? (
          <>
            <dt>{t('date')}</dt>
            <dd>{describeDate(event.date, lang)}</dd>
            <dt>{t('status')}</dt>
            <dd>{kindName(event.status, lang)}</dd>
          </>
        ) : null}
        {fact?.inferred ? (
          <>
            <dt>{t('inferred')}</dt>
            <dd className="inferred" lang="en" dir="ltr">{fact.inferred.basis}</dd>
          </>
        ) : null}
      </dl>
      {node ? <NodeActions id={node.id} /> : null}
      {node ? (
        <section>
          <h3>{t('connections')}</h3>
          <ul className="connections">
            {(model.incident.get(node.id) ?? []).map((edgeId) => {
              const e = model.edgeById.get(edgeId);
              if (!e) return null;
              const otherEnd = e.source === node.id ? e.target : e.source;
              return (
                <li key={edgeId}>
                  <bdi className="role">{edgeLabel(e, lang)}</bdi>{' '}
                  <button type="button" className="link" onClick={() => select(otherEnd, true)}>
                    {nodeName(model, otherEnd, lang)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : edge ? (
        <p className="edge-ends">
          <Link id={edge.source} model={model} lang={lang} /> {lang === 'fa' ? '←' : '→'} <Link id={edge.target} model={model} lang={lang} />
        </p>
      ) : null}
      <section>
        <h3>
          {t('evidence')}{' '}
          <button type="button" className="show-in-article" onClick={showInArticle}>
            {t('showInArticle')}
          </button>
        </h3>
        <CorroboratedEvidence model={model} id={selectedId} lang={lang} />
      </section>
      {entity ? <EntityMerges model={model} id={entity.id} lang={lang} /> : null}
    </article>
  );
}
