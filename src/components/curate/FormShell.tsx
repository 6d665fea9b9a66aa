// The frame every fact form shares: its heading, the quote it is made from, Save, Close and
// Discard, and the keys (Enter saves from a field, Escape closes). Closing keeps what was typed
// (keptForm.ts): the same form on the same quote comes back filled; Discard forgets it.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useCurate } from '../../i18n/curate';

interface Props {
  title: string;
  quote: string;
  canSave: boolean;
  onSave: () => void;
  onCancel: () => void;
  onDiscard: () => void;
  children: ReactNode;
  testId: string;
  /** Why Save waits on something outside the form; shown beside Save. */
  blocked?: string;
}

export function FormShell({ title, quote, canSave, onSave, onCancel, onDiscard, children, testId, blocked }: Props) {
  const s = useCurate();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  // Escape anywhere in the form cancels it (a native listener: a form is not an interactive element).
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      cancel.current();
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canSave) onSave();
  };
  return (
    <form ref={ref} className="curate-form" aria-label={title} onSubmit={submit} data-testid={testId}>
      <h3>{title}</h3>
      <div className="curate-quote">
        {s.quote}:<blockquote dir="auto">{quote}</blockquote>
      </div>
      {children}
      {blocked ? (
        <p className="curate-error" role="status" data-testid="curate-form-blocked">
          {blocked}
        </p>
      ) : null}
      <div className="curate-form-actions">
        <button type="submit" disabled={!canSave}>
          {s.save}
        </button>
        <button type="button" onClick={onCancel} aria-keyshortcuts="Escape" title={s.closeKeeps}>
          {s.cancel}
        </button>
        <button type="button" onClick={onDiscard}>
          {s.discard}
        </button>
      </div>
    </form>
  );
}
