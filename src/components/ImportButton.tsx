// Import another dataset: files from the picker or dropped anywhere on the window. The importer
// (validation and merge, src/domain/import.ts) loads on first use. A refused import lists every
// problem by file, JSON path and rule and leaves the current dataset as it was; an accepted one
// replaces it with the merge and says what changed.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ImportSummary } from '../domain/import';
import type { ValidationIssue } from '../domain/validate';
import { formatNumber, type Lang } from '../i18n/strings';
import { appStore, useApp } from '../store/store';
import './ImportButton.css';
import { takeDroppedFiles } from './FileDrop';
import { IMPORT_STRINGS } from '../i18n/panels';

const SHOWN_ISSUES = 200;


type Failure = { issues: ValidationIssue[] };

async function readAndImport(list: File[]): Promise<{ ok: true; summary: ImportSummary } | { ok: false; issues: ValidationIssue[] }> {
  const [{ importInto, MAX_IMPORT_BYTES }, { decodeText }, { workspaceSession }, { StorageFailure }] = await Promise.all([
    import('../domain/import'),
    import('../domain/decode'),
    import('../workspace/browser'),
    import('../workspace/session'),
  ]);
  // Oversized files are not read at all: the importer refuses them by their size. The rest are
  // decoded by the same rule as data:check (UTF-8, or UTF-16 with its BOM; no BOM in the text).
  const files = await Promise.all(
    list.map(async (f) => ({
      name: f.name,
      size: f.size,
      text: f.size > MAX_IMPORT_BYTES ? '' : decodeText(new Uint8Array(await f.arrayBuffer())),
    })),
  );
  // Merged into the whole workspace (hidden documents included), as it is now.
  const { workspace } = appStore.getState();
  const outcome = importInto(workspace.dataset ?? appStore.getState().model?.dataset ?? null, files);
  if (!outcome.ok) return outcome;
  try {
    // Saved before it is shown: a save that fails (a full disk) leaves the workspace as it was.
    await workspaceSession().commit({
      dataset: outcome.dataset,
      choices: {
        hidden: workspace.hidden,
        grades: workspace.grades,
        disputes: [...workspace.disputes, ...outcome.summary.disputes],
        merges: [...workspace.merges, ...outcome.summary.merges],
        sameAs: workspace.sameAs,
      },
    });
  } catch (error) {
    if (!(error instanceof StorageFailure)) throw error;
    return {
      ok: false,
      issues: [{ file: files.map((f) => f.name).join(', '), path: '', rule: 'storage', message: `expected to save the workspace in this browser, but ${error.message}` }],
    };
  }
  return { ok: true, summary: outcome.summary };
}

function IssuesDialog({ failure, lang, onClose }: { failure: Failure; lang: Lang; onClose: () => void }) {
  const t = IMPORT_STRINGS[lang];
  const titleId = useId();
  const descId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const n = (x: number) => formatNumber(x, lang);
  const { issues } = failure;
  return (
    <div
      className="import-errors"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-testid="import-errors"
    >
      <h2 id={titleId}>{t.refused}</h2>
      <p id={descId}>{t.problems(n(issues.length))}</p>
      <div className="import-errors-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.file}</th>
              <th scope="col">{t.path}</th>
              <th scope="col">{t.rule}</th>
              <th scope="col">{t.message}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <tr key={i} data-rule={issue.rule}>
                <td dir="ltr" className="import-file">{issue.file || '—'}</td>
                <td dir="ltr">
                  <code className="import-path">{issue.path || '—'}</code>
                </td>
                <td dir="ltr">
                  <code className="import-rule">{issue.rule}</code>
                </td>
                <td dir="auto">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > SHOWN_ISSUES ? <p>{t.more(n(issues.length - SHOWN_ISSUES))}</p> : null}
      <button ref={closeRef} type="button" onClick={onClose}>
        {t.close}
      </button>
    </div>
  );
}

export function ImportButton() {
  const lang = useApp((s) => s.lang);
  const loading = useApp((s) => s.status === 'loading');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const t = IMPORT_STRINGS[lang];

  // A success note fades after a while; a refusal stays until it is closed.
  useEffect(() => {
    if (!message || failure || busy) return;
    const timer = setTimeout(() => setMessage(''), 12_000);
    return () => clearTimeout(timer);
  }, [message, failure, busy]);

  const importFiles = async (files: File[]) => {
    // While the built-in data is still loading, an import would be overwritten when it lands.
    if (busy || appStore.getState().status === 'loading') return;
    setBusy(true);
    setFailure(null);
    setMessage(t.reading);
    try {
      const result = await readAndImport(files);
      if (result.ok) setMessage(t.done(result.summary, (x) => formatNumber(x, lang)));
      else {
        setMessage(t.refused);
        setFailure({ issues: result.issues });
      }
    } catch (error) {
      setMessage(t.refused);
      setFailure({
        issues: [{ file: files.map((f) => f.name).join(', '), path: '', rule: 'read', message: `expected readable files: ${error instanceof Error ? error.message : String(error)}` }],
      });
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };
  const closeIssues = useCallback(() => {
    setFailure(null);
    buttonRef.current?.focus();
  }, []);
  // Files dropped on the window (listened for from the first screen, in FileDrop) come here.
  const importRef = useRef(importFiles);
  useEffect(() => {
    importRef.current = importFiles;
  });
  useEffect(() => takeDroppedFiles((files) => void importRef.current(files)), []);

  return (
    <div className="import">
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-label={t.buttonLabel}
        aria-busy={busy}
        disabled={loading}
        onClick={() => inputRef.current?.click()}
      >
        {t.button}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".json,.cyjs,.txt,application/json,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          if (files.length > 0) void importFiles(files);
        }}
      />
      <span role="status" aria-live="polite" className={message && !failure ? 'import-status' : 'visually-hidden'} data-testid="import-status">
        {message}
      </span>
      {failure ? <IssuesDialog failure={failure} lang={lang} onClose={closeIssues} /> : null}
    </div>
  );
}
