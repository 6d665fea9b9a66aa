// The new document's metadata and its text. The text is kept exactly as pasted or dropped (no
// trimming, no normalisation: ZWNJ, bidi marks and line ends stay), and its sha256 is shown.
//
// A keystroke in one field re-renders that field alone: the form reads the document from the
// draft store itself (not a whole draft handed down by the workbench), its handlers read the
// draft when called (so they never change), each problem list keeps its identity until its
// words change, and the fields are memoised (Field.tsx). Before, every key re-rendered and
// re-committed every input of the form and the 50,000-character text area.
import { memo, useCallback, useMemo, type ClipboardEvent, type DragEvent } from 'react';
import { decodeText } from '../../domain/decode';
import type { DocumentMeta, FuzzyDate, Names } from '../../domain/schema';
import { sha256Hex, type ValidationIssue } from '../../domain/validate';
import { useCurate } from '../../i18n/curate';
import { cleanDate, slug } from '../../workspace/draftDataset';
import { useDraft } from './draftStore';
import { Field, TextField } from './Field';
import { DateFields } from './DateFields';

interface Props {
  /** The draft's problems as data:check words them; the form shows document.json's beside their fields. */
  issues: readonly ValidationIssue[];
}

const NONE: readonly string[] = [];
type Errors = (path: string) => readonly string[];

const currentDraft = () => useDraft.getState().history?.present;
const dispatch = (...args: Parameters<ReturnType<typeof useDraft.getState>['dispatch']>) => useDraft.getState().dispatch(...args);

// The reducer moves the document's quotes along when its id changes.
function setMeta(patch: Partial<DocumentMeta>, group: string) {
  const meta = currentDraft()?.document;
  if (!meta) return;
  // The id follows the English title until the curator gives it one of their own.
  const follow = patch.title && (meta.id === '' || meta.id === slug(meta.title.en));
  dispatch({ type: 'setDocument', patch: follow && patch.title ? { ...patch, id: slug(patch.title.en) } : patch }, group);
}
const names = (key: 'title' | 'outlet', lang: keyof Names) => (value: string) => {
  const meta = currentDraft()?.document;
  if (meta) setMeta({ [key]: { ...meta[key], [lang]: value } }, `${key}.${lang}`);
};
// Made once: a field's handler never changes, so typing in another field never re-renders it.
const on = {
  titleFa: names('title', 'fa'),
  titleEn: names('title', 'en'),
  outletFa: names('outlet', 'fa'),
  outletEn: names('outlet', 'en'),
  id: (id: string) => setMeta({ id }, 'id'),
  language: (language: string) => setMeta({ language }, 'language'),
  url: (url: string) => dispatch({ type: 'setUrl', url }, 'url'),
  // An emptied date field is an absent key (what data:check reads), not an empty string.
  published: (published: FuzzyDate) => setMeta({ published: cleanDate(published) }, 'published'),
  chain: (i: number, lang: keyof Names, value: string) => {
    const chain = currentDraft()?.document.citationChain ?? [];
    setMeta({ citationChain: chain.map((link, j) => (j === i ? { ...link, [lang]: value } : link)) }, `chain.${i}.${lang}`);
  },
  chainRemove: (i: number) => setMeta({ citationChain: (currentDraft()?.document.citationChain ?? []).filter((_, j) => j !== i) }, 'chain-remove'),
  chainAdd: () => setMeta({ citationChain: [...(currentDraft()?.document.citationChain ?? []), { fa: '', en: '' }] }, 'chain-add'),
  text: (text: string) => dispatch({ type: 'setText', text }, 'text'),
};

export const DocumentForm = memo(function DocumentForm({ issues }: Props) {
  const s = useCurate();
  const meta = useDraft((st) => st.history?.present.document);
  // The document's problems by path, rebuilt only when their words change (the check, checkStore.ts,
  // keeps the same list while its words stay the same; the words are compared here too).
  const words = JSON.stringify(issues.filter((i) => i.file === 'document.json').map((i) => [i.path, i.message]));
  const errors = useMemo((): Errors => {
    const byPath = new Map<string, string[]>();
    for (const [path, message] of JSON.parse(words) as Array<[string, string]>) byPath.set(path, [...(byPath.get(path) ?? []), message]);
    return (path) => byPath.get(path) ?? NONE;
  }, [words]);
  const dateErrors = useCallback((key: string) => [...errors(key ? `published.${key}` : 'published')], [errors]);
  const published = meta?.published;
  // DateFields is not memoised itself: the same element is given back until the date or its problems change.
  const dateFields = useMemo(() => (published ? <DateFields name={s.published} date={published} onChange={on.published} errors={dateErrors} /> : null), [s.published, published, dateErrors]);
  if (!meta) return null;

  return (
    <section className="curate-document" aria-labelledby="curate-doc-heading">
      <h3 id="curate-doc-heading">{s.documentHeading}</h3>
      <div className="curate-pair">
        <TextField label={s.titleFa} name="title-fa" dir="rtl" value={meta.title.fa} onChange={on.titleFa} errors={errors('title.fa')} />
        <TextField label={s.titleEn} name="title-en" dir="ltr" value={meta.title.en} onChange={on.titleEn} errors={errors('title.en')} />
      </div>
      <div className="curate-pair">
        <TextField label={s.id} name="doc-id" dir="ltr" value={meta.id} onChange={on.id} errors={errors('id')} />
        <TextField label={s.language} name="language" dir="ltr" value={meta.language} onChange={on.language} errors={errors('language')} />
      </div>
      <div className="curate-pair">
        <TextField label={s.outletFa} name="outlet-fa" dir="rtl" value={meta.outlet.fa} onChange={on.outletFa} errors={errors('outlet.fa')} />
        <TextField label={s.outletEn} name="outlet-en" dir="ltr" value={meta.outlet.en} onChange={on.outletEn} errors={errors('outlet.en')} />
      </div>
      <fieldset>
        <legend>{s.chain}</legend>
        {meta.citationChain.map((link, i) => (
          <ChainLink key={i} index={i} link={link} errors={errors} />
        ))}
        <button type="button" onClick={on.chainAdd}>
          {s.chainAdd}
        </button>
      </fieldset>
      {dateFields}
      <TextField label={s.url} name="url" dir="ltr" value={meta.url ?? ''} onChange={on.url} errors={errors('url')} />
      <TextBox errors={errors} />
    </section>
  );
});

const ChainLink = memo(function ChainLink({ index: i, link, errors }: { index: number; link: DocumentMeta['citationChain'][number]; errors: Errors }) {
  const s = useCurate();
  return (
    <div className="curate-pair">
      <TextField label={s.chainFa(i + 1)} dir="rtl" value={link.fa} onChange={(v) => on.chain(i, 'fa', v)} errors={[...errors(`citationChain[${i}].fa`), ...errors(`citationChain[${i}]`)]} />
      <TextField label={s.chainEn(i + 1)} dir="ltr" value={link.en} onChange={(v) => on.chain(i, 'en', v)} errors={errors(`citationChain[${i}].en`)} />
      <button type="button" onClick={() => on.chainRemove(i)}>
        {s.chainRemove}
      </button>
    </div>
  );
});

/** The text area with its sha256: re-rendered only when the text, its lock or its problems change (never at a key typed in a title). */
const TextBox = memo(function TextBox({ errors }: { errors: Errors }) {
  const s = useCurate();
  const text = useDraft((st) => st.history?.present.text ?? '');
  // Once a fact quotes the text, it is fixed.
  const locked = useDraft((st) => {
    const facts = st.history?.present.facts;
    return !!facts && facts.entities.length + facts.events.length + facts.relations.length > 0;
  });
  const sha = useMemo(() => sha256Hex(text), [text]);
  const onDrop = async (e: DragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer.files[0];
    // The window's drop zone imports datasets; a text dropped here is this document's.
    e.stopPropagation();
    if (!file || locked) return;
    e.preventDefault();
    on.text(decodeText(new Uint8Array(await file.arrayBuffer())));
  };
  const stop = (e: DragEvent) => e.stopPropagation();
  // A textarea's value normalises line breaks (CR LF becomes LF); the clipboard's text is taken as it is.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!pasted || locked) return;
    e.preventDefault();
    const el = e.currentTarget;
    const whole = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    on.text(whole ? pasted : text.slice(0, el.selectionStart) + pasted + text.slice(el.selectionEnd));
  };
  return (
    <>
      <Field label={s.text} errors={[...errors('textFile'), ...errors('sha256')]} hint={locked ? s.textLocked : undefined}>
        {(props) => (
          <textarea
            {...props}
            name="text"
            className="curate-text"
            dir="auto"
            rows={8}
            readOnly={locked}
            value={text}
            onChange={(e) => on.text(e.target.value)}
            onDrop={onDrop}
            onPaste={onPaste}
            onDragEnter={stop}
            onDragOver={stop}
          />
        )}
      </Field>
      <p className="curate-sha">
        {s.sha256}: <code data-testid="curate-sha256">{sha}</code> · {s.chars(text.length)}
      </p>
    </>
  );
});
