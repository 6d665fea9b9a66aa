// Shown while a large graph's layout is computed off the main thread: what is happening, for how
// long and, for the draft-then-refine layout, how far the refinement has got, with a Cancel that
// keeps the picture on screen. A wait of more than a second never looks like a hang.
import { useEffect, useState } from 'react';
import { formatNumber, type Lang } from '../i18n/strings';

const TEXT = {
  en: {
    laying: (nodes: string, s: string) => `Laying out ${nodes} nodes… ${s} s`,
    refining: (nodes: string, s: string, pct: string) => `Refining the layout of ${nodes} nodes… ${pct}%, ${s} s`,
    cancel: 'Stop refining',
    cancelName: 'Stop refining the layout and keep the current picture',
  },
  fa: {
    laying: (nodes: string, s: string) => `در حال چیدن ${nodes} گره… ${s} ثانیه`,
    refining: (nodes: string, s: string, pct: string) => `در حال بهبود چیدمان ${nodes} گره… ${pct}٪، ${s} ثانیه`,
    cancel: 'توقف بهبود',
    cancelName: 'توقف بهبود چیدمان و نگه داشتن تصویر کنونی',
  },
} as const;

export interface LayoutProgressProps {
  started: number;
  nodes: number;
  lang: Lang;
  /** Refinement rounds done of planned, once the draft is on screen. */
  step?: { round: number; rounds: number } | null;
  onCancel?: (() => void) | undefined;
}

export function LayoutProgress({ started, nodes, lang, step, onCancel }: LayoutProgressProps) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  const t = TEXT[lang];
  const seconds = formatNumber(Math.floor(Math.max(0, (now - started) / 1000)), lang);
  const n = formatNumber(nodes, lang);
  const refining = step && step.rounds > 0;
  const text = refining ? t.refining(n, seconds, formatNumber(Math.round((100 * step.round) / step.rounds), lang)) : t.laying(n, seconds);
  return (
    // Above the overview canvas (z-index 5).
    <div className="graph-overlay" role="status" aria-live="polite" data-testid="layout-progress" style={{ zIndex: 6 }}>
      <span className="spinner" aria-hidden /> {text}
      {refining ? <progress aria-label={text} max={step.rounds} value={step.round} /> : <progress aria-label={t.laying(n, '')} />}
      {onCancel ? (
        <button type="button" onClick={onCancel} aria-label={t.cancelName} data-testid="layout-cancel">
          {t.cancel}
        </button>
      ) : null}
    </div>
  );
}
