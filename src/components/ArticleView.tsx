// The source text beside the graph: every evidence span highlighted by the kind of its fact,
// clickable and keyboard-reachable; sentences without a fact marked so curation gaps show.
// The text model (sentences, segments, coverage) is pure and lives in graph/article.ts.
import { SourceLink } from './SourceLink';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { describeDate } from '../domain/dates';
import type { DocumentMeta } from '../domain/schema';
import { buildArticle, documentOfElement, factIdOf, fillSegments, nextFact, type ArticleData, type Segment } from '../graph/article';
import type { Visibility } from '../graph/filter';
import type { GraphModel } from '../graph/model';
import { EVENT_COLOURS } from '../graph/style';
import { isolate } from '../i18n/isolate';
import { kindName } from '../i18n/kinds';
import { REACH_STRINGS } from '../i18n/reach';
import { edgeLabel } from '../i18n/roles';
import { sentenceEnglish } from '../graph/sentenceEnglish';
import { elementName, nodeName } from './names';
import { type Lang } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { selectVisibility, useApp } from '../store/store';
import './ArticleView.css';
import { ARTICLE_STRINGS } from '../i18n/panels';

// Strings this panel needs beyond i18n/strings.ts, in both languages.

const RELATION_FILL = '#e8e8ec';

/** A name without the quotation marks, punctuation and spaces around it: «کریم ولی اف» is کریم ولی اف. */
const bareName = (text: string) => text.replace(/^[\s«»"'()،,.:؛]+|[\s«»"'()،,.:؛]+$/g, '').replace(/\s+/g, ' ');

interface FactInfo {
  type: 'entity' | 'event' | 'relation';
  kind: string;
  /** "Meeting: Valiyev–Günaydın meeting in Baku", "Person: Karim Valiyev", "Aran News cites Fars". */
  label: string;
}

function factInfo(model: GraphModel, lang: Lang): Map<string, FactInfo> {
  const info = new Map<string, FactInfo>();
  // Names are isolated: the labels go into tooltips and accessible names beside other text.
  const name = (id: string) => isolate(model.entityById.get(id)?.name[lang] ?? id);
  for (const e of model.dataset.entities) info.set(e.id, { type: 'entity', kind: e.kind, label: `${kindName(e.kind, lang)}: ${isolate(e.name[lang])}` });
  for (const e of model.dataset.events) info.set(e.id, { type: 'event', kind: e.kind, label: `${kindName(e.kind, lang)}: ${isolate(e.label[lang])}` });
  for (const r of model.dataset.relations)
    info.set(r.id, { type: 'relation', kind: r.kind, label: `${name(r.source)} ${kindName(r.kind, lang)} ${name(r.target)}` });
  return info;
}

function isVisible(id: string, info: FactInfo | undefined, visibility: Visibility): boolean {
  return info?.type === 'relation' ? visibility.edges.has(id) : visibility.nodes.has(id);
}

// "Show in article" bumps articleSeq before this lazily loaded panel mounts, so the last seq handled
// is remembered across mounts: a remount by switching tabs must not replay the highlight.
let handledSeq = 0;

export function ArticleView() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const selectedId = useApp((s) => s.selectedId);
  const articleSeq = useApp((s) => s.articleSeq);
  const select = useApp((s) => s.select);
  const setPanel = useApp((s) => s.setPanel);
  const [englishOpen, setEnglishOpen] = useState<ReadonlySet<number>>(() => new Set());
  const visibility = useApp(selectVisibility);
  const words = ARTICLE_STRINGS[lang];

  const documents = model?.dataset.documents ?? [];
  // The document shown: the reader's choice, or on "show in article" the selection's document.
  const [docChoice, setDocChoice] = useState(() => ({
    seq: articleSeq,
    doc: model && selectedId ? (documentOfElement(model, selectedId) ?? null) : null,
  }));
  if (docChoice.seq !== articleSeq) {
    const home = model && selectedId ? documentOfElement(model, selectedId) : undefined;
    setDocChoice({ seq: articleSeq, doc: home ?? docChoice.doc });
  }
  const docId = documents.some((d) => d.id === docChoice.doc) ? docChoice.doc : (documents[0]?.id ?? null);
  const doc = documents.find((d) => d.id === docId);
  const article = useMemo(() => (model && docId ? buildArticle(model, docId) : null), [model, docId]);
  const infos = useMemo(() => (model ? factInfo(model, lang) : new Map<string, FactInfo>()), [model, lang]);
  const selectedFact = model && selectedId ? factIdOf(model, selectedId) : null;

  const textRef = useRef<HTMLDivElement>(null);
  // Scroll to the selection's first span on mount and whenever "show in article" fires, and then
  // flash all its spans; not on selections made here, which would move the text under the
  // reader's pointer. The flash is a class set on the DOM: it is transient, not state.
  useEffect(() => {
    const fresh = articleSeq !== handledSeq;
    handledSeq = articleSeq;
    const marks = [...(textRef.current?.querySelectorAll<HTMLElement>('.fact-span.is-selected') ?? [])];
    const first = marks[0];
    if (!first) return;
    const instant = !fresh || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: instant ? 'auto' : 'smooth' });
    if (!fresh) return;
    for (const mark of marks) {
      mark.classList.remove('flash');
      mark.classList.add('flash');
    }
    window.setTimeout(() => marks.forEach((m) => m.classList.remove('flash')), 2600);
  }, [articleSeq]);

  if (!model) return null;
  if (!article || !doc) return <p className="empty-hint">{words.noText}</p>;

  // A click selects the span's fact and keeps the article in view (its details show below the
  // text), so "click again" steps through overlapping facts. A span that is exactly an entity's
  // name selects that entity first, not the event or relation quoting it.
  const activate = (facts: readonly string[], text: string) => {
    const bare = bareName(text);
    const named = facts.filter((id) => {
      const entity = model.entityById.get(id);
      return entity !== undefined && [entity.name.fa, entity.name.en, ...entity.aliases].some((n) => bareName(n) === bare);
    });
    const next = nextFact([...named, ...facts.filter((id) => !named.includes(id))], selectedFact);
    if (!next) return;
    select(next, true);
    setPanel('article');
  };
  const toggleEnglish = (start: number) =>
    setEnglishOpen((open) => {
      const next = new Set(open);
      if (!next.delete(start)) next.add(start);
      return next;
    });
  const view: SegmentView = { article, doc, infos, visibility, selectedFact, lang, activate, englishOpen, toggleEnglish, model };
  const presentKinds = [...new Set(article.spans.filter((s) => s.type === 'event').map((s) => s.kind))];
  const hasRelations = article.spans.some((s) => s.type === 'relation');
  const { covered, total, pct } = article.coverage;

  return (
    <section className="article-view" aria-label={t('article')}>
      <div className="article-tools">
        {documents.length > 1 ? (
          <label className="article-doc">
            {words.document}{' '}
            <select value={doc.id} onChange={(e) => setDocChoice({ seq: articleSeq, doc: e.target.value })}>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title[lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <p className="article-coverage" data-testid="article-coverage" data-covered={covered} data-total={total}>
          <span className={`coverage-bar${covered < total ? ' has-gaps' : ''}`} aria-hidden="true">
            <span style={{ inlineSize: `${pct}%` }} />
          </span>
          {t('coverage', { covered, total, pct })}
        </p>
        <details className="article-legend-box">
          <summary>{words.legend}</summary>
          <ul className="article-legend">
            {presentKinds.map((kind) => (
              <li key={kind}>
                <span className="legend-fill" style={{ '--fill': EVENT_COLOURS[kind] ?? RELATION_FILL } as CSSProperties} aria-hidden="true" />
                {kindName(kind, lang)}
              </li>
            ))}
            {hasRelations ? (
              <li>
                <span className="legend-fill" style={{ '--fill': RELATION_FILL } as CSSProperties} aria-hidden="true" />
                {words.relation}
              </li>
            ) : null}
            <li>
              <span className="legend-actor" aria-hidden="true">
                abc
              </span>
              {words.actor}
            </li>
            <li>
              <span className="no-fact-tag">{words.noFact}</span>
              {words.noFactWhy}
            </li>
          </ul>
        </details>
      </div>
      <div className="article-scroll">
        <p className="article-source" lang={lang}>
          {[doc.outlet[lang], ...doc.citationChain.map((c) => `${words.citing} ${c[lang]}`)].join(lang === 'fa' ? '، ' : ', ')}
          {doc.url ? ' · ' : null}
          <SourceLink url={doc.url} label={words.sourcePage} />
        </p>
        <div className="article-text" dir="rtl" lang="fa" ref={textRef}>
          {article.paragraphs.map((p, pi) =>
            p.headline ? (
              <header key={pi} className="article-header">
                <h2 className="article-headline">
                  <Sentences view={view} paragraph={pi} />
                </h2>
                {lang === 'en' ? (
                  <p className="article-title-other" lang="en" dir="ltr">
                    {doc.title.en}
                  </p>
                ) : null}
              </header>
            ) : (
              <p key={pi}>
                <Sentences view={view} paragraph={pi} />
              </p>
            ),
          )}
        </div>
      </div>
      {selectedId && selectedFact && article.spans.some((sp) => sp.factId === selectedFact) ? <FactInline model={model} id={selectedId} lang={lang} /> : null}
    </section>
  );
}

/** The clicked fact, under the text: what it is and when, and the way to its full details. */
function FactInline({ model, id, lang }: { model: GraphModel; id: string; lang: Lang }) {
  const setPanel = useApp((s) => s.setPanel);
  const reach = REACH_STRINGS[lang];
  const edge = model.edgeById.get(id);
  const event = model.eventById.get(edge?.factId ?? id);
  const node = model.nodeById.get(id);
  const kind = edge ? edgeLabel(edge, lang) : kindName(node?.kind ?? '', lang);
  return (
    <aside className="article-fact" aria-label={reach.factHere} aria-live="polite">
      <p className="article-fact-name">
        <strong>{elementName(model, id, lang)}</strong> <span className="article-fact-kind">{kind}</span>
      </p>
      {event ? <p className="article-fact-date">{describeDate(event.date, lang)}</p> : null}
      {event && !edge ? (
        <p className="article-fact-who">
          {event.participants.map((p, i) => (
            <span key={`${p.entity}${i}`}>
              {i > 0 ? (lang === 'fa' ? '، ' : ', ') : null}
              <bdi>{nodeName(model, p.entity, lang)}</bdi> ({edgeLabel({ type: 'participation', kind: p.role, labelFa: p.roleFa }, lang)})
            </span>
          ))}
        </p>
      ) : null}
      <button type="button" className="link" onClick={() => setPanel('details')}>
        {reach.openDetails}
      </button>
    </aside>
  );
}

interface SegmentView {
  article: ArticleData;
  doc: DocumentMeta;
  infos: Map<string, FactInfo>;
  visibility: Visibility;
  selectedFact: string | null;
  lang: Lang;
  activate(facts: readonly string[], text: string): void;
  englishOpen: ReadonlySet<number>;
  toggleEnglish(start: number): void;
  model: GraphModel;
}

/** A paragraph's sentences, with the text between them as it stands in the source. */
function Sentences({ view, paragraph }: { view: SegmentView; paragraph: number }) {
  const { article } = view;
  const p = article.paragraphs[paragraph];
  if (!p) return null;
  const out: ReactNode[] = [];
  let at = p.start;
  for (const s of p.sentences) {
    if (s.start > at) out.push(article.text.slice(at, s.start));
    const segments = fillSegments(article.segments, s.start, s.end);
    out.push(
      segments.some((seg) => seg.facts.length > 0) ? (
        <span key={s.start} className="sentence" data-start={s.start}>
          {segments.map((seg) => (
            <SegmentMark key={seg.start} seg={seg} view={view} />
          ))}
          <SentenceEnglish view={view} range={s} />
        </span>
      ) : (
        <UncoveredSentence key={s.start} start={s.start} text={article.text.slice(s.start, s.end)} view={view} />
      ),
    );
    at = s.end;
  }
  return <>{out}</>;
}

/** A toggle after a sentence with facts, and when open, the English of its quotes. */
function SentenceEnglish({ view, range }: { view: SegmentView; range: { start: number; end: number } }) {
  const reach = REACH_STRINGS[view.lang];
  const open = view.englishOpen.has(range.start);
  const quotes = open ? sentenceEnglish(view.model, view.article.docId, range) : [];
  return (
    <>
      {' '}
      <button
        type="button"
        className="sentence-en-toggle"
        lang={view.lang}
        aria-expanded={open}
        aria-label={open ? reach.hideEnglish : reach.sentenceEnglish}
        onClick={() => view.toggleEnglish(range.start)}
      >
        {open ? '×' : reach.showEnglish}
      </button>
      {open ? (
        <span className="sentence-en" lang="en" dir="ltr">
          {quotes.map((q) => q.translation).join(' … ')}
        </span>
      ) : null}
    </>
  );
}

function UncoveredSentence({ start, text, view }: { start: number; text: string; view: SegmentView }) {
  const words = ARTICLE_STRINGS[view.lang];
  // Curators may have read the sentence and said why it carries no fact (document.json).
  const reason = view.doc.uncoveredSentences.find((u) => u.start === start)?.reason;
  return (
    <span className="sentence no-fact" data-start={start} title={reason ?? words.noFactWhy}>
      <span className="no-fact-tag" lang={view.lang} dir="auto">
        {words.noFact}
      </span>{' '}
      {text}
    </span>
  );
}

function SegmentMark({ seg, view }: { seg: Segment; view: SegmentView }) {
  const text = view.article.text.slice(seg.start, seg.end);
  if (seg.facts.length === 0) return <>{text}</>;
  const infos = seg.facts.map((id) => view.infos.get(id));
  const event = infos.find((i) => i?.type === 'event');
  const fill = event ? (EVENT_COLOURS[event.kind] ?? RELATION_FILL) : infos.some((i) => i?.type === 'relation') ? RELATION_FILL : undefined;
  const selected = view.selectedFact !== null && seg.facts.includes(view.selectedFact);
  const hidden = seg.facts.every((id, i) => !isVisible(id, infos[i], view.visibility));
  const primary = infos[0];
  const className = [
    'fact-span',
    fill ? 'has-fill' : '',
    infos.some((i) => i?.type === 'entity') ? 'has-entity' : '',
    event && infos.some((i) => i?.type === 'relation') ? 'has-relation' : '',
    selected ? 'is-selected' : '',
    hidden ? 'is-filtered' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The name starts with the visible words (WCAG 2.5.3, label in name) and then says whose evidence
  // they are: "… — Meeting: Valiyev–Günaydın meeting in Baku, and 1 more here".
  const total = seg.facts.length + (seg.more ?? 0);
  const label = (primary?.label ?? seg.facts[0] ?? '') + (total > 1 ? ARTICLE_STRINGS[view.lang].more(total - 1) : '');
  // The tooltip lists at most SEGMENT_FACTS_MAX facts (buildSegments), then says how many more.
  const tooltip = infos.map((i, k) => i?.label ?? seg.facts[k]);
  if (seg.more) tooltip.push(ARTICLE_STRINGS[view.lang].more(seg.more).replace(/^[,،]\s*/, ''));
  const name = text.trim() ? `${text.trim()} — ${label}` : label;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    view.activate(seg.facts, text);
  };
  return (
    <span
      className={className}
      style={fill ? ({ '--fill': fill } as CSSProperties) : undefined}
      data-facts={seg.facts.join(' ')}
      data-kind={primary?.kind}
      role="button"
      tabIndex={0}
      aria-label={name}
      title={tooltip.join('\n')}
      onClick={() => view.activate(seg.facts, text)}
      onKeyDown={onKeyDown}
    >
      {text}
    </span>
  );
}
