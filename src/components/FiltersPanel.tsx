import { memo, useMemo, useRef, type ReactElement } from 'react';
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

interface FilterRowProps {
  id: string;
  checked: boolean;
  onToggle: (id: string) => void;
  name: string;
  count: string;
  countTitle?: string;
  /** A country's row: its colour swatch and `data-country`. */
  country?: boolean;
  swatch?: string;
}

// Memoised: a filter change re-renders the panel, and without it React would write every row's
// checkbox again (it re-sets an input's type and name on each render), restyling ~50 rows per click.
const FilterRow = memo(function FilterRow({ id, checked, onToggle, name, count, countTitle, country, swatch }: FilterRowProps) {
  return (
    <label className="filter-row" data-country={country ? id : undefined}>
      <input type="checkbox" checked={checked} onChange={() => onToggle(id)} />
      {country ? <span className="swatch" style={{ background: swatch }} aria-hidden /> : null}
      <span className="filter-name">{name}</span>
      <span className="count" title={countTitle}>
        {count}
      </span>
    </label>
  );
});

interface ChoiceRowProps<V extends string> {
  group: string;
  value: V;
  checked: boolean;
  onChoose: (value: V) => void;
  name: string;
}

const ChoiceRow = memo(function ChoiceRow<V extends string>({ group, value, checked, onChoose, name }: ChoiceRowProps<V>) {
  return (
    <label className="filter-row">
      <input type="radio" name={group} value={value} checked={checked} onChange={() => onChoose(value)} />
      <span className="filter-name">{name}</span>
    </label>
  );
}) as <V extends string>(props: ChoiceRowProps<V> & { key?: string }) => ReactElement;

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
  // Stable per group, so a row whose box did not change is not rendered again (FilterRow is memoised).
  const kindTogglers = useMemo(
    () => ({
      hiddenEntityKinds: (kind: string) => toggleKind('hiddenEntityKinds', kind),
      hiddenEventKinds: (kind: string) => toggleKind('hiddenEventKinds', kind),
      hiddenRelationKinds: (kind: string) => toggleKind('hiddenRelationKinds', kind),
    }),
    [toggleKind],
  );
  if (!model || !groups) return null;

  const kindGroup = (group: KindGroup, title: string) => (
    <fieldset className="filter-group">
      <legend>{title}</legend>
      {groups[group].map(([kind, count]) => (
        <FilterRow key={kind} id={kind} checked={!filters[group].includes(kind)} onToggle={kindTogglers[group]} name={kindName(kind, lang)} count={formatNumber(count, lang)} />
      ))}
    </fieldset>
  );

  return (
    <div className="filters-panel" ref={rootRef}>
      <h2>{t('filters')}</h2>
      <fieldset className="filter-group">
        <legend>{t('countries')}</legend>
        {countries.map(({ id, count }) => (
          <FilterRow
            key={id}
            id={id}
            country
            checked={filters.countries.includes(id)}
            onToggle={toggleCountry}
            swatch={colours.get(id)}
            name={nodeName(model, id, lang)}
            count={formatNumber(count, lang)}
            countTitle={t('countryCountTitle', { n: count })}
          />
        ))}
      </fieldset>
      {/* Its own group (one tab stop, arrows inside, as radios have), right under the countries it governs. */}
      <fieldset className="filter-group filter-choice">
        <legend>{t('countryMode')}</legend>
        {(['involving', 'own'] as const).map((mode) => (
          <ChoiceRow key={mode} group="country-mode" value={mode} checked={countryMode === mode} onChoose={setCountryMode} name={t(mode === 'involving' ? 'countryModeInvolving' : 'countryModeOwn')} />
        ))}
      </fieldset>
      <fieldset className="filter-group filter-choice">
        <legend>{t('filteredDisplay')}</legend>
        {(['hide', 'dim'] as const).map((display) => (
          <ChoiceRow key={display} group="filtered-display" value={display} checked={filteredDisplay === display} onChoose={setFilteredDisplay} name={t(display === 'hide' ? 'filteredHide' : 'filteredDim')} />
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
