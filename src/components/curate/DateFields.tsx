// A fuzzy date's fields (precision, value or range, certainty, basis), each with its problems.
import { dateEcho } from '../../curation/dateEcho';
import { iso } from '../../curation/dateAnchor';
import { DAY_MS, formatPeriod } from '../../domain/dates';
import { CERTAINTIES, DATE_PRECISIONS, type FuzzyDate } from '../../domain/schema';
import { isolate } from '../../i18n/isolate';
import { useCurate, type CurateStrings } from '../../i18n/curate';
import { useApp } from '../../store/store';
import { SelectField, TextField } from './Field';

interface Props {
  date: FuzzyDate;
  onChange: (date: FuzzyDate) => void;
  /** Problems by the date's own key (`value`, `start`, `basis`, ''). */
  errors: (key: string) => string[];
  name: string;
}

/** The line under a date value: its Solar Hijri reading, or a warning when the value itself reads as Solar Hijri. */
function echo(value: string | undefined, s: CurateStrings, lang: 'en' | 'fa'): string | undefined {
  const e = value ? dateEcho(value) : null;
  if (!e) return undefined;
  const solar = isolate(formatPeriod(e.span, e.precision, 'solarHijri', lang));
  if (e.kind === 'gregorian') return s.solarEcho(solar);
  const last = iso(e.span.end - DAY_MS);
  const gregorian = e.precision === 'day' ? last : `${iso(e.span.start)} – ${last}`;
  return s.looksSolar(isolate(value ?? ''), solar, isolate(gregorian));
}

/** The date at another precision, without the fields that precision does not show (they would stay, hidden and unfixable). */
export function withPrecision(date: FuzzyDate, precision: FuzzyDate['precision']): FuzzyDate {
  const { value, start, end, ...rest } = date;
  if (precision === 'unknown') return { ...rest, precision };
  if (precision === 'range') return { ...rest, precision, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  return { ...rest, precision, ...(value !== undefined ? { value } : {}) };
}

export function DateFields({ date, onChange, errors, name }: Props) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const set = (patch: Partial<FuzzyDate>) => onChange({ ...date, ...patch });
  return (
    <fieldset className="curate-date">
      <legend>{name}</legend>
      <TextField label={s.stated} name="stated" value={date.stated ?? ''} onChange={(stated) => set({ stated })} errors={errors('stated')} />
      <SelectField label={s.precision} name="precision" value={date.precision} options={DATE_PRECISIONS.map((p) => ({ value: p, label: s.precisionNames[p] ?? p }))} onChange={(p) => onChange(withPrecision(date, p as FuzzyDate['precision']))} errors={errors('precision')} />
      {date.precision === 'range' ? (
        <>
          <TextField label={s.start} name="start" dir="ltr" value={date.start ?? ''} onChange={(start) => set({ start })} errors={errors('start')} hint={echo(date.start, s, lang)} />
          <TextField label={s.end} name="end" dir="ltr" value={date.end ?? ''} onChange={(end) => set({ end })} errors={errors('end')} hint={echo(date.end, s, lang)} />
        </>
      ) : date.precision !== 'unknown' ? (
        <TextField label={s.value} name="value" dir="ltr" value={date.value ?? ''} onChange={(value) => set({ value })} errors={[...errors('value'), ...errors('')]} hint={echo(date.value, s, lang)} />
      ) : null}
      <SelectField label={s.certainty} name="certainty" value={date.certainty} options={CERTAINTIES.map((c) => ({ value: c, label: s.certaintyNames[c] ?? c }))} onChange={(c) => set({ certainty: c as FuzzyDate['certainty'] })} errors={errors('certainty')} />
      <TextField label={s.basis} name="basis" value={date.basis ?? ''} onChange={(basis) => set({ basis })} errors={errors('basis')} />
    </fieldset>
  );
}
