// A fuzzy date's fields (precision, value or range, certainty, basis), each with its problems.
import { CERTAINTIES, DATE_PRECISIONS, type FuzzyDate } from '../../domain/schema';
import { useCurate } from '../../i18n/curate';
import { SelectField, TextField } from './Field';

interface Props {
  date: FuzzyDate;
  onChange: (date: FuzzyDate) => void;
  /** Problems by the date's own key (`value`, `start`, `basis`, ''). */
  errors: (key: string) => string[];
  name: string;
}

export function DateFields({ date, onChange, errors, name }: Props) {
  const s = useCurate();
  const set = (patch: Partial<FuzzyDate>) => onChange({ ...date, ...patch });
  return (
    <fieldset className="curate-date">
      <legend>{name}</legend>
      <TextField label={s.stated} name="stated" value={date.stated ?? ''} onChange={(stated) => set({ stated })} errors={errors('stated')} />
      <SelectField label={s.precision} name="precision" value={date.precision} options={DATE_PRECISIONS.map((p) => ({ value: p, label: s.precisionNames[p] ?? p }))} onChange={(p) => set({ precision: p as FuzzyDate['precision'] })} errors={errors('precision')} />
      {date.precision === 'range' ? (
        <>
          <TextField label={s.start} name="start" dir="ltr" value={date.start ?? ''} onChange={(start) => set({ start })} errors={errors('start')} />
          <TextField label={s.end} name="end" dir="ltr" value={date.end ?? ''} onChange={(end) => set({ end })} errors={errors('end')} />
        </>
      ) : date.precision !== 'unknown' ? (
        <TextField label={s.value} name="value" dir="ltr" value={date.value ?? ''} onChange={(value) => set({ value })} errors={[...errors('value'), ...errors('')]} />
      ) : null}
      <SelectField label={s.certainty} name="certainty" value={date.certainty} options={CERTAINTIES.map((c) => ({ value: c, label: s.certaintyNames[c] ?? c }))} onChange={(c) => set({ certainty: c as FuzzyDate['certainty'] })} errors={errors('certainty')} />
      <TextField label={s.basis} name="basis" value={date.basis ?? ''} onChange={(basis) => set({ basis })} errors={errors('basis')} />
    </fieldset>
  );
}
