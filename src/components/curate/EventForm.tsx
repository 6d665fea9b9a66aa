// A new event from the selected quote: kind, labels, status, date (a date phrase found in or near
// the quote fills it), place and participants with their roles. Each participant's own evidence is
// the draft's quote naming that entity inside the event's quote, or else the event's quote itself.
// A saved event edited: its own fields (kind, labels, status, date, place, translation) in one
// update action; its participants stay as they are (they get quotes through the evidence form).
import { EVENT_KINDS, EVENT_STATUSES, type Evidence, type FuzzyDate, type KEvent } from '../../domain/schema';
import { isolate } from '../../i18n/isolate';
import { kindName } from '../../i18n/kinds';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import { cleanDate, freshId } from '../../workspace/draftDataset';
import { eventValues, NO_DATE, optional, withFirstTranslation } from '../../curation/formValues';
import type { DraftAction } from '../../curation/draft';
import { DateFields } from './DateFields';
import { candidate, quoteOf, type FormProps } from './EntityForm';
import { SelectField, TextField, ValidationMessages } from './Field';
import { FormShell } from './FormShell';
import { useKept } from './keptForm';
import type { DateSuggestion } from '../../curation/datePhrases';

interface Props extends FormProps {
  dates: readonly DateSuggestion[];
  initialDate?: FuzzyDate;
  editing?: KEvent;
}

interface Role {
  on: boolean;
  role: string;
  roleFa: string;
}

export function EventForm({ draft, start, end, taken, onSave, onCancel, onDiscard, keep, blocked, dates, initialDate, editing }: Props) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const quote = draft.text.slice(start, end);
  const entities = draft.facts.entities;
  const near = dates.filter((d) => d.start < end && d.end > start);
  const initial = editing ? eventValues(editing) : null;
  const [kind, setKind] = useKept<KEvent['kind']>(keep, 'kind', initial?.kind ?? 'meeting');
  const [labelFa, setLabelFa] = useKept(keep, 'labelFa', initial?.labelFa ?? '');
  const [labelEn, setLabelEn] = useKept(keep, 'labelEn', initial?.labelEn ?? '');
  const [shortFa, setShortFa] = useKept(keep, 'shortFa', initial?.shortFa ?? '');
  const [shortEn, setShortEn] = useKept(keep, 'shortEn', initial?.shortEn ?? '');
  const [status, setStatus] = useKept<KEvent['status']>(keep, 'status', initial?.status ?? 'happened');
  const [date, setDate] = useKept<FuzzyDate>(keep, 'date', initial?.date ?? initialDate ?? near[0]?.date ?? NO_DATE);
  const named = (e: (typeof entities)[number]) => e.evidence.some((ev) => ev.start >= start && ev.end <= end);
  // A place named inside the quote is where the event happened («در باکو»), not one of its
  // participants: it starts as the place, unticked.
  const [place, setPlace] = useKept(keep, 'place', () => initial?.place ?? entities.find((e) => e.kind === 'place' && named(e))?.id ?? '');
  const [translation, setTranslation] = useKept(keep, 'translation', initial?.translation ?? '');
  // The other entities named inside the quote start ticked.
  const [roles, setRoles] = useKept<Record<string, Role>>(keep, 'roles', () =>
    Object.fromEntries(entities.map((e) => [e.id, { on: e.kind !== 'place' && named(e), role: 'participant', roleFa: 'شرکت‌کننده' }])),
  );
  // Where an event happens is a place or a country, never a person or an organisation.
  const places = entities.filter((e) => e.kind === 'place' || e.kind === 'country' || e.id === place);
  const participantEvidence = (id: string): Evidence[] => {
    const inside = entities.find((e) => e.id === id)?.evidence.filter((ev) => ev.doc === draft.document.id && ev.start >= start && ev.end <= end) ?? [];
    return inside.length > 0 ? inside : [quoteOf(draft, start, end, translation)];
  };
  const own = { kind, label: { fa: labelFa, en: labelEn }, shortLabel: { fa: shortFa || labelFa, en: shortEn || labelEn }, date: cleanDate(date), status };
  const action: DraftAction = editing
    ? { type: 'updateEvent', id: editing.id, patch: { ...own, place: optional(place), evidence: withFirstTranslation(editing.evidence, translation) } }
    : {
        type: 'addEvent',
        event: {
          id: freshId(labelEn || shortEn || kind, taken),
          ...own,
          participants: entities.filter((e) => roles[e.id]?.on).map((e) => ({ entity: e.id, role: roles[e.id]?.role ?? '', roleFa: roles[e.id]?.roleFa ?? '', evidence: participantEvidence(e.id) })),
          ...(place ? { place } : {}),
          evidence: [quoteOf(draft, start, end, translation)],
        },
      };
  const { at, canSave } = candidate(draft, 'events', editing?.id, action);
  const setRole = (id: string, patch: Partial<Role>) => setRoles((r) => ({ ...r, [id]: { ...(r[id] as Role), ...patch } }));
  const ticked = entities.filter((e) => roles[e.id]?.on).map((e) => e.id);
  return (
    <FormShell title={editing ? s.editEvent(editing.label[lang]) : s.newEvent} quote={quote} canSave={canSave} onSave={() => onSave(action)} onCancel={onCancel} onDiscard={onDiscard} blocked={blocked} editing={!!editing} testId="curate-event-form">
      <SelectField label={s.kind} name="kind" value={kind} options={EVENT_KINDS.map((k) => ({ value: k, label: kindName(k, lang) }))} onChange={(k) => setKind(k as KEvent['kind'])} errors={at('kind')} />
      <TextField label={s.labelFa} name="label-fa" dir="rtl" value={labelFa} onChange={setLabelFa} errors={at('label.fa')} />
      <TextField label={s.labelEn} name="label-en" dir="ltr" value={labelEn} onChange={setLabelEn} errors={at('label.en')} />
      <TextField label={s.shortFa} name="short-fa" dir="rtl" value={shortFa} onChange={setShortFa} errors={at('shortLabel.fa')} />
      <TextField label={s.shortEn} name="short-en" dir="ltr" value={shortEn} onChange={setShortEn} errors={at('shortLabel.en')} />
      <SelectField label={s.status} name="status" value={status} options={EVENT_STATUSES.map((k) => ({ value: k, label: kindName(k, lang) }))} onChange={(k) => setStatus(k as KEvent['status'])} />
      {near.length > 0 ? (
        <SelectField
          label={s.dateFromText}
          name="date-phrase"
          value={String(near.findIndex((d) => d.date.stated === date.stated && d.date.value === date.value))}
          options={[{ value: '-1', label: s.none }, ...near.map((d, i) => ({ value: String(i), label: `${isolate(d.date.stated ?? '')} → ${isolate(d.date.value ?? d.date.precision)}` }))]}
          onChange={(i) => setDate(near[Number(i)]?.date ?? date)}
        />
      ) : null}
      <DateFields name={s.date} date={date} onChange={setDate} errors={(key) => at(key ? `date.${key}` : 'date')} />
      <SelectField label={s.place} name="place" value={place} options={[{ value: '', label: s.none }, ...places.map((e) => ({ value: e.id, label: e.name[lang] }))]} onChange={setPlace} errors={at('place')} />
      {editing ? (
        <p className="curate-hint">
          {s.participants}: {editing.participants.map((p) => entities.find((e) => e.id === p.entity)?.name[lang] ?? p.entity).join(lang === 'fa' ? '، ' : ', ')}. {s.participantsKept}
        </p>
      ) : (
        <fieldset className="curate-participants">
          <legend>{s.participants}</legend>
          {at('participants').map((m) => (
            <p key={m} className="curate-error" role="status">
              <ValidationMessages messages={[m]} />
            </p>
          ))}
          {entities.map((e) => {
            const r = roles[e.id] as Role;
            const i = ticked.indexOf(e.id);
            return (
              <div key={e.id} className="curate-participant">
                <label>
                  <input type="checkbox" name={`p-${e.id}`} checked={r.on} onChange={(ev) => setRole(e.id, { on: ev.target.checked })} /> {e.name[lang]}
                </label>
                {r.on ? (
                  <>
                    <TextField label={s.role(e.name[lang])} name={`role-${e.id}`} dir="ltr" value={r.role} onChange={(role) => setRole(e.id, { role })} errors={at(`participants[${i}].role`)} />
                    <TextField label={s.roleFa(e.name[lang])} name={`role-fa-${e.id}`} dir="rtl" value={r.roleFa} onChange={(roleFa) => setRole(e.id, { roleFa })} errors={at(`participants[${i}].roleFa`)} />
                  </>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      )}
      <TextField label={s.translation} name="translation" dir="ltr" value={translation} onChange={setTranslation} errors={at('evidence[0].translation')} />
    </FormShell>
  );
}
