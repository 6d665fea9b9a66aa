// A new entity from the selected quote, or a new relation between entities the draft has.
import { ENTITY_KINDS, RELATION_KINDS, type Entity, type Evidence, type Relation } from '../../domain/schema';
import { kindName } from '../../i18n/kinds';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import { spanEvidence, type Draft, type DraftAction } from '../../curation/draft';
import { factIssues, freshId, hasIssuesAt, messagesAt } from '../../workspace/draftDataset';
import { Field, SelectField, TextField } from './Field';
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

export function EntityForm({ draft, start, end, taken, onSave, onCancel, onDiscard, keep, blocked }: FormProps) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const quote = draft.text.slice(start, end);
  const [kind, setKind] = useKept<Entity['kind']>(keep, 'kind', 'person');
  const [fa, setFa] = useKept(keep, 'fa', quote.trim());
  const [en, setEn] = useKept(keep, 'en', '');
  const [aliases, setAliases] = useKept(keep, 'aliases', '');
  const [country, setCountry] = useKept(keep, 'country', '');
  const [wikidata, setWikidata] = useKept(keep, 'wikidata', '');
  const [translation, setTranslation] = useKept(keep, 'translation', '');
  const [id, setId] = useKept(keep, 'id', '');
  // The id follows the English name; before one is typed there is none (not a placeholder "fact" that reads as chosen).
  const autoId = en.trim() ? freshId(en, taken) : '';
  const entity: Entity = {
    id: id || autoId,
    kind,
    name: { fa, en },
    aliases: aliases.split('\n').map((a) => a.trim()).filter(Boolean),
    ...(country ? { country } : {}),
    ...(wikidata ? { wikidata } : {}),
    evidence: [quoteOf(draft, start, end, translation || en)],
  };
  const issues = factIssues(draft, { ...draft.facts, entities: [...draft.facts.entities, entity] });
  const at = messagesAt(issues, 'entities', draft.facts.entities.length);
  const countries = draft.facts.entities.filter((e) => e.kind === 'country');
  return (
    <FormShell title={s.newEntity} quote={quote} canSave={!hasIssuesAt(issues, 'entities', draft.facts.entities.length)} onSave={() => onSave({ type: 'addEntity', entity })} onCancel={onCancel} onDiscard={onDiscard} blocked={blocked} testId="curate-entity-form">
      <SelectField label={s.kind} name="kind" value={kind} options={ENTITY_KINDS.map((k) => ({ value: k, label: kindName(k, lang) }))} onChange={(k) => setKind(k as Entity['kind'])} errors={at('kind')} />
      <TextField label={s.nameFa} name="name-fa" dir="rtl" value={fa} onChange={setFa} errors={at('name.fa')} />
      <TextField label={s.nameEn} name="name-en" dir="ltr" value={en} onChange={setEn} errors={at('name.en')} />
      <TextField label={s.factId} name="id" dir="ltr" value={id || autoId} onChange={setId} errors={at('id')} />
      <Field label={s.aliases} errors={at('aliases')}>
        {(props) => <textarea {...props} name="aliases" dir="auto" rows={2} value={aliases} onChange={(e) => setAliases(e.target.value)} />}
      </Field>
      <SelectField label={s.country} name="country" value={country} options={[{ value: '', label: s.none }, ...countries.map((c) => ({ value: c.id, label: c.name[lang] }))]} onChange={setCountry} errors={at('country')} />
      <TextField label={s.wikidata} name="wikidata" dir="ltr" value={wikidata} onChange={setWikidata} errors={at('wikidata')} />
      <TextField label={s.translation} name="translation" dir="ltr" value={translation || en} onChange={setTranslation} errors={at('evidence[0].translation')} />
    </FormShell>
  );
}

export function RelationForm({ draft, start, end, taken, onSave, onCancel, onDiscard, keep, blocked }: FormProps) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const quote = draft.text.slice(start, end);
  const entities = draft.facts.entities;
  const [kind, setKind] = useKept<Relation['kind']>(keep, 'kind', RELATION_KINDS[0]);
  // The ends start as the first two entities the quote names, in the text's order
  // («الچین قاسم‌اف وزیر انرژی جمهوری آذربایجان»: the minister, then the country), else the draft's first two.
  const firstInQuote = (e: (typeof entities)[number]) => Math.min(...e.evidence.filter((ev) => ev.start >= start && ev.end <= end).map((ev) => ev.start));
  const ends = [...entities.filter((e) => Number.isFinite(firstInQuote(e))).sort((a, b) => firstInQuote(a) - firstInQuote(b)), ...entities];
  const [source, setSource] = useKept(keep, 'source', ends[0]?.id ?? '');
  const [target, setTarget] = useKept(keep, 'target', () => ends.find((e) => e.id !== ends[0]?.id)?.id ?? '');
  const [label, setLabel] = useKept(keep, 'label', '');
  const [labelFa, setLabelFa] = useKept(keep, 'labelFa', '');
  const [translation, setTranslation] = useKept(keep, 'translation', '');
  const relation: Relation = {
    id: freshId(`${source}-${kind}-${target}`, taken),
    kind,
    source,
    target,
    ...(label ? { label } : {}),
    ...(labelFa ? { labelFa } : {}),
    evidence: [quoteOf(draft, start, end, translation)],
  };
  const index = draft.facts.relations.length;
  const issues = factIssues(draft, { ...draft.facts, relations: [...draft.facts.relations, relation] });
  const at = messagesAt(issues, 'relations', index);
  const options = entities.map((e) => ({ value: e.id, label: e.name[lang] }));
  return (
    <FormShell title={s.newRelation} quote={quote} canSave={!hasIssuesAt(issues, 'relations', index)} onSave={() => onSave({ type: 'addRelation', relation })} onCancel={onCancel} onDiscard={onDiscard} blocked={blocked} testId="curate-relation-form">
      <SelectField label={s.kind} name="kind" value={kind} options={RELATION_KINDS.map((k) => ({ value: k, label: kindName(k, lang) }))} onChange={(k) => setKind(k as Relation['kind'])} errors={at('kind')} />
      <SelectField label={s.source} name="source" value={source} options={options} onChange={setSource} errors={at('source')} />
      <SelectField label={s.target} name="target" value={target} options={options} onChange={setTarget} errors={at('target')} />
      <TextField label={s.labelEn} name="label" dir="ltr" value={label} onChange={setLabel} errors={at('label')} />
      <TextField label={s.labelFa} name="label-fa" dir="rtl" value={labelFa} onChange={setLabelFa} errors={at('labelFa')} />
      <TextField label={s.translation} name="translation" dir="ltr" value={translation} onChange={setTranslation} errors={at('evidence[0].translation')} />
    </FormShell>
  );
}
