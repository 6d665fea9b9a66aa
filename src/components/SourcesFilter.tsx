// "At least N independent sources": hides facts that fewer independent origins support.
import { useId } from 'react';
import { CORROBORATION_STRINGS } from '../i18n/panels';
import { formatNumber } from '../i18n/strings';
import { useApp } from '../store/store';

export function SourcesFilter() {
  const lang = useApp((s) => s.lang);
  const min = useApp((s) => s.filters.minOrigins ?? 1);
  const setMinOrigins = useApp((s) => s.setMinOrigins);
  const minGrade = useApp((s) => s.filters.minGrade ?? '');
  const setMinGrade = useApp((s) => s.setMinGrade);
  const id = useId();
  const gradeId = useId();
  const t = CORROBORATION_STRINGS[lang];
  return (
    <fieldset className="filter-group">
      <legend>{t.filter}</legend>
      <label htmlFor={id} className="filter-row">
        <span className="filter-name">{t.atLeast}</span>
      </label>
      <select id={id} data-testid="min-origins" value={min} onChange={(e) => setMinOrigins(Number(e.currentTarget.value))}>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n === 1 ? t.any : `≥ ${formatNumber(n, lang)}`}
          </option>
        ))}
      </select>
      <label htmlFor={gradeId} className="filter-row">
        <span className="filter-name">{t.minGrade}</span>
      </label>
      <select id={gradeId} data-testid="min-grade" value={minGrade} onChange={(e) => setMinGrade(e.currentTarget.value || null)}>
        <option value="">{t.any}</option>
        {['A1', 'B2', 'C3', 'D4', 'E5'].map((g) => (
          <option key={g} value={g} dir="ltr">
            {g}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
