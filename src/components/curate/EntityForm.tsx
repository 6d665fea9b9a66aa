// A new entity from the selected quote, or a new relation between entities the draft has; or a
// saved one edited (its values as the form starts, formValues.ts; saved as one update action).
import { useState } from 'react';
import { ENTITY_KINDS, RELATION_KINDS, type Entity, type Evidence, type FuzzyDate, type Relation } from '../../domain/schema';
import { kindName } from '../../i18n/kinds';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import { draftReducer, spanEvidence, type Draft, type DraftAction } from '../../curation/draft';
import { entityValues, NO_DATE, optional, optionalDate, relationValues, withFirstTranslation } from '../../curation/formValues';
import { factIssues, freshId, hasIssuesAt, messagesAt } from '../../workspace/draftDataset';
import { Field, SelectField, TextField } from './Field';
import { rememberKind, startKind } from '../../curation/kindGuess';
import { DateFields } from './DateFields';
import { FormShell } from './FormShell';
import { useKept } from './keptForm';

export interface FormProps {
  draft: Draft;
  start: number;
  end: number;
  /** Ids already used by the draft or the workspace. */
  taken: ReadonlySet<string>;
  /** Saves the form as one change of the draft (one undo step). */
  onSave: (action: DraftAction) => void;
  /** Closes the form; what was typed into it is kept (keptForm.ts). */
  onCancel: () => void;
  /** Closes the form and forgets what was typed into it. */
  onDiscard: () => void;
  /** The key its typed fields are kept under (keptForm.ts's formKey). */
  keep: string;
  /** Why Save waits on something outside the form (the document's id), said beside Save. */
  blocked?: string;
}

/** The selection as evidence of this draft's document (src/curation's spanEvidence: the quote is text.slice(start, end)). */
export function quoteOf(draft: Draft, start: number, end: number, translation: string): Evidence {
  return spanEvidence(draft.text, start, end, { doc: draft.document.id, translation });
}

/**
 * The action a fact form saves and the fact's index in the draft it would have: an update of the
 * fact being edited (at its own index), or an addition (at the end). Validation runs on the draft
 * with the action applied, so an edited fact is checked in its own place, not as a new one.
 */
export function candidate(draft: Draft, section: 'entities' | 'events' | 'relations', editedId: string | undefined, action: DraftAction) {
  const list = draft.facts[section] as ReadonlyArray<{ id: string }>;
  const index = editedId === undefined ? list.length : list.findIndex((f) => f.id === editedId);
  const issues = factIssues(draft, draftReducer(draft, action).facts);
  return { index, issues, at: messagesAt(issues, section, index), canSave: index >= 0 && !hasIssuesAt(issues, section, index) };
}

export function EntityForm({ draft, start, end, taken, onSave, onCancel, onDiscard, keep, blocked, editing, known = [] }: FormProps & { editing?: Entity; known?: readonly Entity[] }) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const quote = draft.text.slice(start, end);
  const initial = editing ? entityValues(editing) : null;
  // A new entity's kind starts from what is known (kindGuess.ts), and the form says why; never a
  // silent "person" the curator would miss.
  const [guess] = useState(() => (editing ? null : startKind(quote, known)));
  const [kind, setKind] = useKept<Entity['kind'] | ''>(keep, 'kind', initial?.kind ?? guess?.kind ?? '');
  const kindWhy = !guess || kind !== guess.kind ? undefined : guess.why === 'known' ? s.kindKnown(guess.entity.name[lang] || guess.entity.id) : guess.why === 'last' ? s.kindLast : s.kindNone;
  const [fa, setFa] = useKept(keep, 'fa', initial?.fa ?? quote.trim());
  const [en, setEn] = useKept(keep, 'en', initial?.en ?? '');
  const [aliases, setAliases] = useKept(keep, 'aliases', initial?.aliases ?? '');
  const [country, setCountry] = useKept(keep, 'country', initial?.country ?? '');
  const [wikidata, setWikidata] = useKept(keep, 'wikidata', initial?.wikidata ?? '');
  const [translation, setTranslation] = useKept(keep, 'translation', initial?.translation ?? '');
  const [id, setId] = useKept(keep, 'id', '');
  // The id follows the English name; before one is typed there is none (not a placeholder "fact" that reads as chosen).
  // An edited entity keeps its id: the facts that refer to it would otherwise point at nothing.
  const autoId = editing ? editing.id : en.trim() ? freshId(en, taken) : '';
  const fields = { kind: kind as Entity['kind'], name: { fa, en }, aliases: aliases.split('\n').map((a) => a.trim()).filter(Boolean) };
  const action: DraftAction = editing
    ? { type: 'updateEntity', id: editing.id, patch: { ...fields, country: optional(country), wikidata: optional(wikidata), evidence: withFirstTranslation(editing.evidence, translation || en) } }
    : {
        type: 'addEntity',
        entity: { id: id || autoId, ...fields, ...(country ? { country } : {}), ...(wikidata ? { wikidata } : {}), evidence: [quoteOf(draft, start, end, translation || en)] },
      };
  const { at, canSave } = candidate(draft, 'entities', editing?.id, action);
  const countries = draft.facts.entities.filter((e) => e.kind === 'country' && e.id !== editing?.id);
  return (
    <FormShell
      title={editing ? s.editEntity(editing.name[lang]) : s.newEntity}
      quote={quote}
      canSave={canSave && kind !== ''}
      onSave={() => {
        if (kind) rememberKind(kind);
        onSave(action);
      }}
      onCancel={onCancel}
      onDiscard={onDiscard}
      blocked={blocked}
      editing={!!editing}
      testId="curate-entity-form"
    >
      <Field label={s.kind} errors={kind ? at('kind') : []} hint={kindWhy}>
        {(props) => (
          <select {...props} name="kind" value={kind} onChange={(e) => setKind(e.target.value as Entity['kind'])}>
            {kind ? null : <option value="">{s.chooseKind}</option>}
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label={s.nameFa} name="name-fa" dir="rtl" value={fa} onChange={setFa} errors={at('name.fa')} />
      <TextField label={s.nameEn} name="name-en" dir="ltr" value={en} onChange={setEn} errors={at('name.en')} />
      <TextField label={s.factId} name="id" dir="ltr" value={editing ? editing.id : id || autoId} onChange={setId} errors={at('id')} readOnly={!!editing} hint={editing ? s.idFixed : undefined} />
      <Field label={s.aliases} errors={at('aliases')}>
        {(props) => <textarea {...props} name="aliases" dir="auto" rows={2} value={aliases} onChange={(e) => setAliases(e.target.value)} />}
      </Field>
      <SelectField label={s.country} name="country" value={country} options={[{ value: '', label: s.none }, ...countries.map((c) => ({ value: c.id, label: c.name[lang] }))]} onChange={setCountry} errors={at('country')} />
      <TextField label={s.wikidata} name="wikidata" dir="ltr" value={wikidata} onChange={setWikidata} errors={at('wikidata')} />
      <TextField label={s.translation} name="translation" dir="ltr" value={translation || en} onChange={setTranslation} errors={at('evidence[0].translation')} />
    </FormShell>
  );
}

export function RelationForm({ draft, start, end, taken, onSave, onCancel, onDiscard, keep, blocked, editing }: FormProps & { editing?: Relation }) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const quote = draft.text.slice(start, end);
  const entities = draft.facts.entities;
  const initial = editing ? relationValues(editing) : null;
  const [kind, setKind] = useKept<Relation['kind']>(keep, 'kind', initial?.kind ?? RELATION_KINDS[0]);
  // The ends start as the first two entities the quote names, in the text's order
  // («الچین قاسم‌اف وزیر انرژی جمهوری آذربایجان»: the minister, then the country), else the draft's first two.
  const firstInQuote = (e: (typeof entities)[number]) => Math.min(...e.evidence.filter((ev) => ev.start >= start && ev.end <= end).map((ev) => ev.start));
  const ends = [...entities.filter((e) => Number.isFinite(firstInQuote(e))).sort((a, b) => firstInQuote(a) - firstInQuote(b)), ...entities];
  const [source, setSource] = useKept(keep, 'source', initial?.source ?? ends[0]?.id ?? '');
  const [target, setTarget] = useKept(keep, 'target', () => initial?.target ?? ends.find((e) => e.id !== ends[0]?.id)?.id ?? '');
  const [label, setLabel] = useKept(keep, 'label', initial?.label ?? '');
  const [labelFa, setLabelFa] = useKept(keep, 'labelFa', initial?.labelFa ?? '');
  const [translation, setTranslation] = useKept(keep, 'translation', initial?.translation ?? '');
  // Optional, unlike an event's: saved only once something of it is known.
  const [date, setDate] = useKept<FuzzyDate>(keep, 'date', initial?.date ?? NO_DATE);
  const saved = optionalDate(date);
  // An edited relation keeps its id (and the other fields the form does not show).
  const action: DraftAction = editing
    ? { type: 'updateRelation', id: editing.id, patch: { kind, source, target, label: optional(label), labelFa: optional(labelFa), date: saved, evidence: withFirstTranslation(editing.evidence, translation) } }
    : {
        type: 'addRelation',
        relation: { id: freshId(`${source}-${kind}-${target}`, taken), kind, source, target, ...(label ? { label } : {}), ...(labelFa ? { labelFa } : {}), ...(saved ? { date: saved } : {}), evidence: [quoteOf(draft, start, end, translation)] },
      };
  const { at, canSave } = candidate(draft, 'relations', editing?.id, action);
  const nameOf = (id: string) => entities.find((e) => e.id === id)?.name[lang] ?? id;
  const options = entities.map((e) => ({ value: e.id, label: e.name[lang] }));
  return (
    <FormShell
      title={editing ? s.editRelation(`${nameOf(editing.source)} → ${nameOf(editing.target)}`) : s.newRelation}
      quote={quote}
      canSave={canSave}
      onSave={() => onSave(action)}
      onCancel={onCancel}
      onDiscard={onDiscard}
      blocked={blocked}
      editing={!!editing}
      testId="curate-relation-form"
    >
      <SelectField label={s.kind} name="kind" value={kind} options={RELATION_KINDS.map((k) => ({ value: k, label: kindName(k, lang) }))} onChange={(k) => setKind(k as Relation['kind'])} errors={at('kind')} />
      <SelectField label={s.source} name="source" value={source} options={options} onChange={setSource} errors={at('source')} />
      <SelectField label={s.target} name="target" value={target} options={options} onChange={setTarget} errors={at('target')} />
      <TextField label={s.labelEn} name="label" dir="ltr" value={label} onChange={setLabel} errors={at('label')} />
      <TextField label={s.labelFa} name="label-fa" dir="rtl" value={labelFa} onChange={setLabelFa} errors={at('labelFa')} />
      <DateFields name={s.date} date={date} onChange={setDate} errors={(key) => at(key ? `date.${key}` : 'date')} />
      <TextField label={s.translation} name="translation" dir="ltr" value={translation} onChange={setTranslation} errors={at('evidence[0].translation')} />
    </FormShell>
  );
}
