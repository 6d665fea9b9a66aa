// The new document's metadata and its text. The text is kept exactly as pasted or dropped (no
// trimming, no normalisation: ZWNJ, bidi marks and line ends stay), and its sha256 is shown.
import { useMemo, type ClipboardEvent, type DragEvent } from 'react';
import { decodeText } from '../../domain/decode';
import type { Draft, DraftAction } from '../../curation/draft';
import type { DocumentMeta, FuzzyDate, Names } from '../../domain/schema';
import { sha256Hex } from '../../domain/validate';
import { useCurate } from '../../i18n/curate';
import { cleanDate, slug } from '../../workspace/draftDataset';
import { Field, TextField } from './Field';
import { DateFields } from './DateFields';

interface Props {
  draft: Draft;
  dispatch: (action: DraftAction, group?: string) => void;
  /** Problems by JSON path in document.json. */
  errors: (path: string) => string[];
}

export function DocumentForm({ draft, dispatch, errors }: Props) {
  const s = useCurate();
  const { document: meta, text } = draft;
  const sha = useMemo(() => sha256Hex(text), [text]);
  const locked = draft.facts.entities.length + draft.facts.events.length + draft.facts.relations.length > 0;
  // The reducer moves the document's quotes along when its id changes.
  const setMeta = (patch: Partial<DocumentMeta>, group: string) => {
    // The id follows the English title until the curator gives it one of their own.
    const follow = patch.title && (meta.id === '' || meta.id === slug(meta.title.en));
    dispatch({ type: 'setDocument', patch: follow && patch.title ? { ...patch, id: slug(patch.title.en) } : patch }, group);
  };
  // An emptied date field is an absent key (what data:check reads), not an empty string.
  const setPublished = (published: FuzzyDate) => setMeta({ published: cleanDate(published) }, 'published');
  const setNames = (key: 'title' | 'outlet', lang: keyof Names, value: string) => setMeta({ [key]: { ...meta[key], [lang]: value } }, `${key}.${lang}`);
  const setChain = (i: number, lang: keyof Names, value: string) =>
    setMeta({ citationChain: meta.citationChain.map((link, j) => (j === i ? { ...link, [lang]: value } : link)) }, `chain.${i}.${lang}`);
  const setText = (value: string) => dispatch({ type: 'setText', text: value }, 'text');
  const onDrop = async (e: DragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer.files[0];
    // The window's drop zone imports datasets; a text dropped here is this document's.
    e.stopPropagation();
    if (!file || locked) return;
    e.preventDefault();
    setText(decodeText(new Uint8Array(await file.arrayBuffer())));
  };
  const stop = (e: DragEvent) => e.stopPropagation();
  // A textarea's value normalises line breaks (CR LF becomes LF); the clipboard's text is taken as it is.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!pasted || locked) return;
    e.preventDefault();
    const el = e.currentTarget;
    const whole = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    setText(whole ? pasted : text.slice(0, el.selectionStart) + pasted + text.slice(el.selectionEnd));
  };

  return (
    <section className="curate-document" aria-labelledby="curate-doc-heading">
      <h3 id="curate-doc-heading">{s.documentHeading}</h3>
      <div className="curate-pair">
        <TextField label={s.titleFa} name="title-fa" dir="rtl" value={meta.title.fa} onChange={(v) => setNames('title', 'fa', v)} errors={errors('title.fa')} />
        <TextField label={s.titleEn} name="title-en" dir="ltr" value={meta.title.en} onChange={(v) => setNames('title', 'en', v)} errors={errors('title.en')} />
      </div>
      <div className="curate-pair">
        <TextField label={s.id} name="doc-id" dir="ltr" value={meta.id} onChange={(id) => setMeta({ id }, 'id')} errors={errors('id')} />
        <TextField label={s.language} name="language" dir="ltr" value={meta.language} onChange={(language) => setMeta({ language }, 'language')} errors={errors('language')} />
      </div>
      <div className="curate-pair">
        <TextField label={s.outletFa} name="outlet-fa" dir="rtl" value={meta.outlet.fa} onChange={(v) => setNames('outlet', 'fa', v)} errors={errors('outlet.fa')} />
        <TextField label={s.outletEn} name="outlet-en" dir="ltr" value={meta.outlet.en} onChange={(v) => setNames('outlet', 'en', v)} errors={errors('outlet.en')} />
      </div>
      <fieldset>
        <legend>{s.chain}</legend>
        {meta.citationChain.map((link, i) => (
          <div className="curate-pair" key={i}>
            <TextField label={s.chainFa(i + 1)} dir="rtl" value={link.fa} onChange={(v) => setChain(i, 'fa', v)} errors={[...errors(`citationChain[${i}].fa`), ...errors(`citationChain[${i}]`)]} />
            <TextField label={s.chainEn(i + 1)} dir="ltr" value={link.en} onChange={(v) => setChain(i, 'en', v)} errors={errors(`citationChain[${i}].en`)} />
            <button type="button" onClick={() => setMeta({ citationChain: meta.citationChain.filter((_, j) => j !== i) }, `chain-remove`)}>
              {s.chainRemove}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setMeta({ citationChain: [...meta.citationChain, { fa: '', en: '' }] }, 'chain-add')}>
          {s.chainAdd}
        </button>
      </fieldset>
      <DateFields name={s.published} date={meta.published} onChange={setPublished} errors={(key) => errors(key ? `published.${key}` : 'published')} />
      <TextField label={s.url} name="url" dir="ltr" value={meta.url ?? ''} onChange={(url) => dispatch({ type: 'setUrl', url }, 'url')} errors={errors('url')} />
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
            onChange={(e) => setText(e.target.value)}
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
    </section>
  );
}
