import { useMemo, useRef } from 'react';
import { countryCounts } from '../graph/filter';
import { countryColours } from '../graph/style';
import { kindName } from '../i18n/kinds';
import { formatNumber } from '../i18n/strings';
import { useT } from '../i18n/useT';
import type { KindGroup } from '../store/actions';
import { useApp } from '../store/store';
import { nodeName } from './names';
import { useRovingGroups } from './roving';
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
  const setCountryMode = useApp((s) => s.setCountryMode);
  const filteredDisplay = useApp((s) => s.filteredDisplay);
  const setFilteredDisplay = useApp((s) => s.setFilteredDisplay);
  const countryMode = filters.countryMode ?? 'involving';
  const colours = useMemo(() => countryColours(model ? model.dataset.entities.filter((e) => e.kind === 'country') : []), [model]);
  // Counted in the toolbar's unit: the nodes choosing the country would show, in the chosen mode.
  const countries = useMemo(() => (model ? countryCounts(model, countryMode) : []), [model, countryMode]);
  const rootRef = useRef<HTMLDivElement>(null);
  useRovingGroups(rootRef);

  const groups = useMemo(() => {
    if (!model) return null;
    const { entities, events, relations } = model.dataset;
    return {
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
    <div className="filters-panel" ref={rootRef}>
      <h2>{t('filters')}</h2>
      <fieldset className="filter-group">
        <legend>{t('countries')}</legend>
        {countries.map(({ id, count }) => (
          <label key={id} className="filter-row" data-country={id}>
            <input type="checkbox" checked={filters.countries.includes(id)} onChange={() => toggleCountry(id)} />
            <span className="swatch" style={{ background: colours.get(id) }} aria-hidden />
            <span className="filter-name">{nodeName(model, id, lang)}</span>
            <span className="count" title={t('countryCountTitle', { n: count })}>
              {formatNumber(count, lang)}
            </span>
          </label>
        ))}
      </fieldset>
      {/* Its own group (one tab stop, arrows inside, as radios have), right under the countries it governs. */}
      <fieldset className="filter-group filter-choice">
        <legend>{t('countryMode')}</legend>
        {(['involving', 'own'] as const).map((mode) => (
          <label key={mode} className="filter-row">
            <input type="radio" name="country-mode" value={mode} checked={countryMode === mode} onChange={() => setCountryMode(mode)} />
            <span className="filter-name">{t(mode === 'involving' ? 'countryModeInvolving' : 'countryModeOwn')}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group filter-choice">
        <legend>{t('filteredDisplay')}</legend>
        {(['hide', 'dim'] as const).map((display) => (
          <label key={display} className="filter-row">
            <input type="radio" name="filtered-display" value={display} checked={filteredDisplay === display} onChange={() => setFilteredDisplay(display)} />
            <span className="filter-name">{t(display === 'hide' ? 'filteredHide' : 'filteredDim')}</span>
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
