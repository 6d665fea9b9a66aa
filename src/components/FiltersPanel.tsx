import { useMemo } from 'react';
import { countryCounts } from '../graph/filter';
import { kindName } from '../i18n/kinds';
import { formatNumber } from '../i18n/strings';
import { useT } from '../i18n/useT';
import type { KindGroup } from '../store/actions';
import { useApp } from '../store/store';
import { nodeName } from './names';
import { SourcesFilter } from './SourcesFilter';

function countBy<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function FiltersPanel() {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const filters = useApp((s) => s.filters);
  const toggleCountry = useApp((s) => s.toggleCountry);
  const toggleKind = useApp((s) => s.toggleKind);
  const reset = useApp((s) => s.resetFilters);

  const groups = useMemo(() => {
    if (!model) return null;
    const { entities, events, relations } = model.dataset;
    return {
      countries: countryCounts(model),
      hiddenEntityKinds: countBy(entities, (e) => e.kind),
      hiddenEventKinds: countBy(events, (e) => e.kind),
      hiddenRelationKinds: countBy(relations, (r) => r.kind),
    };
  }, [model]);
  if (!model || !groups) return null;

  const kindGroup = (group: KindGroup, title: string) => (
    <fieldset className="filter-group">
      <legend>{title}</legend>
      {groups[group].map(([kind, count]) => (
        <label key={kind} className="filter-row">
          <input type="checkbox" checked={!filters[group].includes(kind)} onChange={() => toggleKind(group, kind)} />
          <span className="filter-name">{kindName(kind, lang)}</span>
          <span className="count">{formatNumber(count, lang)}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="filters-panel">
      <h2>{t('filters')}</h2>
      <fieldset className="filter-group">
        <legend>{t('countries')}</legend>
        {groups.countries.map(({ id, count }) => (
          <label key={id} className="filter-row" data-country={id}>
            <input type="checkbox" checked={filters.countries.includes(id)} onChange={() => toggleCountry(id)} />
            <span className="filter-name">{nodeName(model, id, lang)}</span>
            <span className="count">{formatNumber(count, lang)}</span>
          </label>
        ))}
      </fieldset>
      {kindGroup('hiddenEntityKinds', t('entityKinds'))}
      {kindGroup('hiddenEventKinds', t('eventKinds'))}
      {kindGroup('hiddenRelationKinds', t('relationKinds'))}
      <SourcesFilter />
      <button type="button" className="reset" onClick={reset}>
        {t('resetFilters')}
      </button>
    </div>
  );
}
