// The documents of the workspace: title in both languages, outlet and citation chain, publication
// date, fact count; show or hide a document's facts, remove it (with undo); export, restore and
// clear the whole workspace. Storage problems and documents a link named but this workspace lacks
// are shown here, not swallowed.
import { SourceLink } from './SourceLink';
import { applyMerges } from '../domain/entityMerges';
import { useMemo, useRef, useState } from 'react';
import { parseJsonFile } from '../domain/bundle';
import type { Dataset, DocumentMeta, FuzzyDate } from '../domain/schema';
import { formatIssue } from '../domain/validate';
import { originOf } from '../domain/corroboration';
import { RELIABILITY, reliabilityOf, sourceKey, type Reliability } from '../domain/grades';
import { CORROBORATION_STRINGS, DOCUMENTS_STRINGS } from '../i18n/panels';
import { formatNumber, type Lang } from '../i18n/strings';
import { useApp } from '../store/store';
import { workspaceSession } from '../workspace/browser';
import { StorageFailure } from '../workspace/session';
import './DocumentsPanel.css';
import { saveBlob } from './download';

/** How many facts (entities, events, relations) quote each document. */
function factCounts(dataset: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of [...dataset.entities, ...dataset.events, ...dataset.relations])
    for (const doc of new Set(fact.evidence.map((ev) => ev.doc))) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  return counts;
}

function dateText(date: FuzzyDate, lang: Lang): string {
  const t = DOCUMENTS_STRINGS[lang];
  if (date.precision === 'range' && date.start && date.end) return `${date.start} – ${date.end}`;
  return date.value ?? t.undated;
}

function chainText(doc: DocumentMeta, lang: Lang): string {
  return doc.citationChain.map((c) => c[lang]).join(' ← ');
}

function download(text: string, name: string, type = 'application/json'): void {
  saveBlob(new Blob([text], { type }), name);
}

export function DocumentsPanel() {
  const lang = useApp((s) => s.lang);
  const workspace = useApp((s) => s.workspace);
  const toggleDocument = useApp((s) => s.toggleDocument);
  const gradeSource = useApp((s) => s.gradeSource);
  const tc = CORROBORATION_STRINGS[lang];
  const [message, setMessage] = useState<{ text: string; details?: string[]; error?: boolean } | null>(null);
  const restoreRef = useRef<HTMLInputElement>(null);
  const t = DOCUMENTS_STRINGS[lang];
  const n = (x: number) => formatNumber(x, lang);
  const counts = useMemo(() => (workspace.dataset ? factCounts(workspace.dataset) : new Map<string, number>()), [workspace.dataset]);
  if (!workspace.dataset) return null;
  const documents = workspace.dataset.documents;

  // Storage failures are already in the store (and shown below); anything else is reported here.
  const run = async (action: () => Promise<void>, done?: string) => {
    try {
      await action();
      setMessage(done ? { text: done } : null);
    } catch (error) {
      if (!(error instanceof StorageFailure)) setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const restore = async (file: File) => {
    const read = parseJsonFile(file.name, await file.text(), file.size);
    if (!read.ok) {
      setMessage({ text: t.restoreRefused(n(1)), details: [formatIssue(read.issue)], error: true });
      return;
    }
    try {
      const issues = await workspaceSession().restore(file.name, read.value);
      if (issues.length > 0) setMessage({ text: t.restoreRefused(n(issues.length)), details: issues.slice(0, 20).map(formatIssue), error: true });
      else setMessage({ text: t.restored });
    } catch (error) {
      if (!(error instanceof StorageFailure)) setMessage({ text: String(error), error: true });
    }
  };

  const storedIn = !workspace.persistent ? t.storedIn.link : workspace.storage === 'memory' ? t.storedIn.memory : t.storedIn.indexeddb;
  return (
    <section className="documents-panel" aria-labelledby="documents-heading" data-testid="documents-panel">
      <h2 id="documents-heading">{t.heading}</h2>
      <p className="documents-meta">
        {t.count(n(documents.length))} · {storedIn}
      </p>
      {workspace.storageError ? (
        <p role="alert" className="documents-error" data-testid="storage-error">
          {t.storageError(workspace.storageError)}
        </p>
      ) : null}
      {workspace.missingDocs.length > 0 ? (
        <p role="status" className="documents-missing" data-testid="missing-docs">
          {t.missing(workspace.missingDocs.join(', '))}
        </p>
      ) : null}
      {workspace.undo ? (
        <p role="status" className="documents-undo">
          {workspace.undo.removed.length > 0 ? t.removed(n(workspace.undo.removed.length)) : t.restored}{' '}
          <button type="button" onClick={() => void run(() => workspaceSession().undo())}>
            {t.undo}
          </button>
        </p>
      ) : null}
      {message ? (
        <div role={message.error ? 'alert' : 'status'} className={message.error ? 'documents-error' : 'documents-note'}>
          <p>{message.text}</p>
          {message.details ? (
            <ul dir="ltr">
              {message.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ul className="documents-list">
        {documents.map((doc) => {
          const other: Lang = lang === 'fa' ? 'en' : 'fa';
          const shown = !workspace.hidden.includes(doc.id);
          return (
            <li key={doc.id} className="document-card" data-doc={doc.id} data-hidden={shown ? undefined : 'true'}>
              <h3 dir="auto">{doc.title[lang]}</h3>
              <p className="document-other-title" lang={other} dir={other === 'fa' ? 'rtl' : 'ltr'}>
                {doc.title[other]}
              </p>
              <p className="document-outlet">
                <bdi>{doc.outlet[lang]}</bdi>
                {doc.citationChain.length > 0 ? (
                  <>
                    {' '}
                    {t.citing} <bdi>{chainText(doc, lang)}</bdi>
                  </>
                ) : null}
                {doc.url ? ' · ' : null}
                <SourceLink url={doc.url} label={t.sourcePage} />
              </p>
              <p className="document-facts">
                {t.published}: <bdi dir="ltr">{dateText(doc.published, lang)}</bdi> · {t.facts(n(counts.get(doc.id) ?? 0))}
              </p>
              <label className="document-grade">
                {tc.reliability(originOf(doc)[lang])}{' '}
                <select
                  data-testid="reliability"
                  value={reliabilityOf(doc, workspace.grades)}
                  onChange={(e) => gradeSource(sourceKey(doc), e.currentTarget.value === 'F' ? null : (e.currentTarget.value as Reliability))}
                >
                  {RELIABILITY.map((g) => (
                    <option key={g} value={g}>
                      {g}
                    </option>
                  ))}
                </select>
              </label>
              <div className="document-actions">
                <label>
                  <input type="checkbox" checked={shown} onChange={() => toggleDocument(doc.id)} />
                  {t.show}
                </label>
                <button type="button" aria-label={t.removeLabel(doc.title[lang])} onClick={() => void run(() => workspaceSession().remove(doc.id))}>
                  {t.remove}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="documents-workspace">
        <button
          type="button"
          onClick={() => {
            const bundle = workspaceSession().exportBundle();
            if (bundle) download(JSON.stringify(bundle, null, 1), 'kavosh-workspace.json');
          }}
        >
          {t.exportBundle}
        </button>
        <button
          type="button"
          data-export="ftm"
          onClick={() =>
            void run(async () => {
              // The FtM model is large: loaded on first use only.
              const { toFtmJsonLines } = await import('../graph/formats/ftm');
              // The corpus as merged: entity merge records applied (the data keeps both entities).
              download(toFtmJsonLines(applyMerges(workspace.dataset!, workspace.merges), workspace.grades), 'kavosh-corpus.ftm.json', 'application/x-ndjson');
            })
          }
        >
          {t.exportFtm}
        </button>
        <button
          type="button"
          data-export="neo4j"
          onClick={() =>
            void run(async () => {
              const { toNeo4jCsv } = await import('../graph/formats/neo4j');
              const { nodes, relationships } = toNeo4jCsv(applyMerges(workspace.dataset!, workspace.merges), workspace.grades);
              download(nodes, 'kavosh-neo4j-nodes.csv', 'text/csv');
              download(relationships, 'kavosh-neo4j-relationships.csv', 'text/csv');
            })
          }
        >
          {t.exportNeo4j}
        </button>
        <button type="button" aria-label={t.restoreLabel} onClick={() => restoreRef.current?.click()}>
          {t.restore}
        </button>
        <input
          ref={restoreRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden
          data-testid="restore-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void restore(file);
          }}
        />
        {workspace.persistent ? (
          <button type="button" onClick={() => void run(() => workspaceSession().clear())}>
            {t.clear}
          </button>
        ) : null}
      </div>
    </section>
  );
}
