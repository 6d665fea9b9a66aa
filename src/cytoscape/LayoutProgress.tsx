// Shown while a large graph's layout is computed off the main thread: what is happening and for
// how long, so a wait of more than a second never looks like a hang.
import { useEffect, useState } from 'react';
import { formatNumber, type Lang } from '../i18n/strings';

const TEXT = {
  en: (nodes: string, s: string) => `Laying out ${nodes} nodes… ${s} s`,
  fa: (nodes: string, s: string) => `در حال چیدن ${nodes} گره… ${s} ثانیه`,
} as const;

export function LayoutProgress({ started, nodes, lang }: { started: number; nodes: number; lang: Lang }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, (now - started) / 1000);
  return (
    // Above the overview canvas (z-index 5).
    <div className="graph-overlay" role="status" aria-live="polite" data-testid="layout-progress" style={{ zIndex: 6 }}>
      <span className="spinner" aria-hidden /> {TEXT[lang](formatNumber(nodes, lang), formatNumber(Math.floor(seconds), lang))}
      <progress aria-label={TEXT[lang](formatNumber(nodes, lang), '')} />
    </div>
  );
}
