// An entity's merges in the Details panel: the entities merged into it, each with what caused the
// merge (a shared Wikidata id at import, or a curator) and the documents that brought it, with
// "unmerge"; the entities a curator marked "possibly the same"; and the controls to merge another
// entity into this one or mark it possibly the same. The records live in the workspace
// (domain/entityMerges.ts) and are saved with it; the graph shows them applied.
import { useId, useMemo, useState } from 'react';
import { mergeTargets, possiblySameAs } from '../domain/entityMerges';
import type { GraphModel } from '../graph/model';
import { MERGE_STRINGS } from '../i18n/panels';
import type { Lang } from '../i18n/strings';
import { useApp } from '../store/store';
import { nodeName } from './names';
import './EntityMerges.css';

export function EntityMerges({ model, id, lang }: { model: GraphModel; id: string; lang: Lang }) {
  const t = MERGE_STRINGS[lang];
  const merges = useApp((s) => s.workspace.merges);
  const sameAs = useApp((s) => s.workspace.sameAs);
  const dataset = useApp((s) => s.workspace.dataset);
  const { mergeEntities, unmergeEntity, setPossiblySame, select } = useActions();
  const [other, setOther] = useState('');
  const selectId = useId();
  // A merged entity is not in the model: its names come from the workspace's data.
  const nameOf = (entity: string) => {
    if (model.entityById.has(entity)) return nodeName(model, entity, lang);
    return dataset?.entities.find((e) => e.id === entity)?.name[lang] ?? entity;
  };
  const docTitle = (doc: string) => dataset?.documents.find((d) => d.id === doc)?.outlet[lang] ?? doc;
  const targets = useMemo(() => mergeTargets(merges), [merges]);
  const here = merges.filter((m) => targets.get(m.from) === id);
  const same = possiblySameAs(sameAs, id);
  const others = useMemo(
    () => model.dataset.entities.filter((e) => e.id !== id).map((e) => ({ id: e.id, name: nodeName(model, e.id, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang)),
    [model, id, lang],
  );

  return (
    <section className="entity-merges" data-testid="entity-merges" aria-labelledby={`${selectId}-h`}>
      <h3 id={`${selectId}-h`}>{t.heading}</h3>
      {here.length > 0 ? (
        <>
          <p className="merges-label">{t.mergedHere}</p>
          <ul className="merges-list">
            {here.map((m) => (
              <li key={m.from} data-merged={m.from}>
                <bdi>{nameOf(m.from)}</bdi>
                {' — '}
                {m.rule === 'wikidata' ? t.byWikidata(m.cause) : m.cause ? `${t.byCurator} (${m.cause})` : t.byCurator}
                {m.docs.length > 0 ? (
                  <>
                    {`; ${t.from} `}
                    {m.docs.map((d, i) => (
                      <bdi key={d}>
                        {i > 0 ? ', ' : null}
                        {docTitle(d)}
                      </bdi>
                    ))}
                  </>
                ) : null}{' '}
                <button type="button" onClick={() => unmergeEntity(m.from)}>
                  {t.unmerge(nameOf(m.from))}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {same.length > 0 ? (
        <>
          <p className="merges-label">{t.possiblySame}</p>
          <ul className="merges-list" data-testid="possibly-same">
            {same.map((o) => (
              <li key={o} data-same={o}>
                <button type="button" className="link" onClick={() => select(o, true)}>
                  {nameOf(o)}
                </button>{' '}
                <button type="button" onClick={() => setPossiblySame(id, o, false)}>
                  {t.notSame(nameOf(o))}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="merge-controls">
        <label htmlFor={selectId}>{t.other}</label>
        <select id={selectId} value={other} onChange={(e) => setOther(e.target.value)} data-testid="merge-other">
          <option value="">{t.choose}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!other}
          onClick={() => {
            mergeEntities(id, other);
            setOther('');
          }}
        >
          {t.merge}
        </button>
        <button
          type="button"
          disabled={!other || same.includes(other)}
          onClick={() => {
            setPossiblySame(id, other, true);
            setOther('');
          }}
        >
          {t.markSame}
        </button>
      </div>
    </section>
  );
}

function useActions() {
  const mergeEntities = useApp((s) => s.mergeEntities);
  const unmergeEntity = useApp((s) => s.unmergeEntity);
  const setPossiblySame = useApp((s) => s.setPossiblySame);
  const select = useApp((s) => s.select);
  return { mergeEntities, unmergeEntity, setPossiblySame, select };
}
