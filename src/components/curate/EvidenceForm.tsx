// The selected quote as more evidence: for a fact of the draft, or for one participant of an event.
import { draftReducer, type EvidenceTarget } from '../../curation/draft';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import { factIssues, hasIssuesAt } from '../../workspace/draftDataset';
import { quoteOf, type FormProps } from './EntityForm';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import { useKept } from './keptForm';

type Section = 'entities' | 'events' | 'relations';

export function EvidenceForm({ draft, start, end, onSave, onCancel, onDiscard, keep, blocked }: FormProps) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const quote = draft.text.slice(start, end);
  const { entities, events, relations } = draft.facts;
  const name = (id: string) => entities.find((e) => e.id === id)?.name[lang] ?? id;
  const options = [
    ...entities.map((e, i) => ({ value: `entities:${i}`, label: `${s.entity}: ${e.name[lang]}` })),
    ...events.map((e, i) => ({ value: `events:${i}`, label: `${s.event}: ${e.label[lang]}` })),
    ...relations.map((r, i) => ({ value: `relations:${i}`, label: `${s.relation}: ${name(r.source)} → ${name(r.target)}` })),
  ];
  const [target, setTarget] = useKept(keep, 'target', options[0]?.value ?? '');
  const [participant, setParticipant] = useKept(keep, 'participant', '-1');
  const [translation, setTranslation] = useKept(keep, 'translation', '');
  const [section, indexText] = target.split(':') as [Section, string];
  const index = Number(indexText);
  const event = section === 'events' ? events[index] : undefined;
  const evidence = quoteOf(draft, start, end, translation);
  // Where the quote goes: the fact itself, or one participant of an event.
  const fact = section ? draft.facts[section][index] : undefined;
  const who = Number(participant);
  const to: EvidenceTarget | null = !fact
    ? null
    : event && who >= 0
      ? { kind: 'participant', eventId: event.id, index: who }
      : { kind: ({ entities: 'entity', events: 'event', relations: 'relation' } as const)[section], id: fact.id };
  const action = to ? ({ type: 'addEvidence', target: to, evidence } as const) : null;
  const candidate = action ? draftReducer(draft, action) : draft;
  const issues = target ? factIssues(draft, candidate.facts) : [];
  const messages = issues.filter((i) => i.path.startsWith(`${section}[${index}]`) && i.path.includes('evidence')).map((i) => i.message);
  return (
    <FormShell title={s.addEvidence} quote={quote} canSave={action !== null && !hasIssuesAt(issues, section, index)} onSave={() => action && onSave(action)} onCancel={onCancel} onDiscard={onDiscard} blocked={blocked} testId="curate-evidence-form">
      <SelectField label={s.fact} name="fact" value={target} options={options} onChange={(v) => (setTarget(v), setParticipant('-1'))} />
      {event ? (
        <SelectField
          label={s.forParticipant}
          name="participant"
          value={participant}
          options={[{ value: '-1', label: s.wholeFact }, ...event.participants.map((p, j) => ({ value: String(j), label: `${name(p.entity)} (${lang === 'fa' ? p.roleFa : p.role})` }))]}
          onChange={setParticipant}
        />
      ) : null}
      <TextField label={s.translation} name="translation" dir="ltr" value={translation} onChange={setTranslation} errors={messages} />
    </FormShell>
  );
}
