// The draft's facts, each with its problems (as data:check words them) and a Remove button.
import type { ValidationIssue } from '../../domain/validate';
import { kindName } from '../../i18n/kinds';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import type { Draft } from '../../curation/draft';

type Section = 'entities' | 'events' | 'relations';

interface Props {
  draft: Draft;
  issues: ValidationIssue[];
  onRemove: (section: Section, id: string) => void;
}

export function FactList({ draft, issues, onRemove }: Props) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const { entities, events, relations } = draft.facts;
  const name = (id: string) => entities.find((e) => e.id === id)?.name[lang] ?? id;
  const rows: Array<{ section: Section; index: number; id: string; title: string; quotes: number }> = [
    ...entities.map((e, index) => ({ section: 'entities' as const, index, id: e.id, title: `${kindName(e.kind, lang)}: ${e.name[lang] || e.id}`, quotes: e.evidence.length })),
    ...events.map((e, index) => ({
      section: 'events' as const,
      index,
      id: e.id,
      title: `${kindName(e.kind, lang)}: ${e.label[lang] || e.id} (${e.participants.map((p) => name(p.entity)).join(lang === 'fa' ? '، ' : ', ')})`,
      quotes: e.evidence.length + e.participants.reduce((n, p) => n + p.evidence.length, 0),
    })),
    ...relations.map((r, index) => ({ section: 'relations' as const, index, id: r.id, title: `${name(r.source)} ${kindName(r.kind, lang)} ${name(r.target)}`, quotes: r.evidence.length })),
  ];
  const problemsOf = (section: Section, index: number) => {
    const base = `${section}[${index}]`;
    return issues.filter((i) => i.file === 'facts.json' && (i.path === base || i.path.startsWith(`${base}.`) || i.path.startsWith(`${base}[`)));
  };
  return (
    <section className="curate-facts" aria-labelledby="curate-facts-heading">
      <h3 id="curate-facts-heading">{s.facts}</h3>
      {rows.length === 0 ? <p className="empty-hint">{s.noFacts}</p> : null}
      <ul data-testid="curate-fact-list">
        {rows.map((row) => {
          const problems = problemsOf(row.section, row.index);
          return (
            <li key={`${row.section}:${row.id}`} data-fact={row.id} data-invalid={problems.length > 0 || undefined}>
              <bdi>{row.title}</bdi> <span className="curate-hint">{s.evidenceCount(row.quotes)}</span>
              <button type="button" aria-label={`${s.remove}: ${row.title}`} onClick={() => onRemove(row.section, row.id)}>
                {s.remove}
              </button>
              {problems.map((p) => (
                <span key={`${p.path}:${p.message}`} className="curate-error">
                  {p.path.slice(p.path.indexOf(']') + 1).replace(/^\./, '')}: {p.message}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
