import type { Evidence } from '../domain/schema';
import { useT } from '../i18n/useT';

/** Evidence quotes: Persian, right to left, in the self-hosted Vazirmatn, with the translation. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  return (
    <ol className="evidence-list">
      {evidence.map((ev) => (
        <li key={`${ev.doc}:${ev.start}:${ev.end}`} className="evidence">
          <blockquote className="quote" lang="fa" dir="rtl" data-start={ev.start} data-end={ev.end}>
            {ev.quote}
          </blockquote>
          <p className="translation" lang="en" dir="ltr">
            <span className="visually-hidden">{t('translation')}: </span>
            {ev.translation}
          </p>
          {ev.note ? (
            <p className="note" lang="en" dir="ltr">
              {ev.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
