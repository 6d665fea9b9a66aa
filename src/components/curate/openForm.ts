// Which fact form was open (its kind and the span it was opened on), and which one was last closed
// unsaved, kept across a reload so the workbench resumes where the curator was. The fields typed
// into a form are kept by keptForm.ts; a half-filled one is not part of the draft until it is saved.
import type { FuzzyDate } from '../../domain/schema';
import type { DateSuggestion } from '../../curation/datePhrases';

export type FormKind = 'e' | 'v' | 'r' | 'a';

export interface OpenForm {
  kind: FormKind;
  start: number;
  end: number;
  date?: FuzzyDate;
  /** The date suggestion that opened the form: saving the event accepts it. */
  suggestion?: DateSuggestion;
  /** A saved fact being edited (its form is the kind's; start and end are its first quote's). */
  edit?: { section: 'entities' | 'events' | 'relations'; id: string };
}

const KEY = 'kavosh-curate-form';

/** The stored form if it still fits the text (a whole, non-empty span of it), else null. Pure. */
export function parseOpenForm(raw: string | null, textLength: number): OpenForm | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<OpenForm>;
    // An edit names its fact, in the section of the form's kind.
    const edit = v.edit === undefined || (typeof v.edit?.id === 'string' && ({ e: 'entities', v: 'events', r: 'relations' } as Record<string, string>)[v.kind ?? ''] === v.edit?.section);
    const ok = edit && (v.kind === 'e' || v.kind === 'v' || v.kind === 'r' || v.kind === 'a') && Number.isInteger(v.start) && Number.isInteger(v.end) && 0 <= v.start! && v.start! < v.end! && v.end! <= textLength;
    return ok ? (v as OpenForm) : null;
  } catch {
    return null;
  }
}

/** The form closed unsaved (Escape, Close): the workbench offers to go back to it. */
const LEFT_KEY = 'kavosh-curate-left';

export function readOpenForm(textLength: number, key = KEY): OpenForm | null {
  try {
    return parseOpenForm(localStorage.getItem(key), textLength);
  } catch {
    return null;
  }
}

export function writeOpenForm(form: OpenForm | null, key = KEY): void {
  try {
    if (form) localStorage.setItem(key, JSON.stringify(form));
    else localStorage.removeItem(key);
  } catch {
    // Private mode: the workbench simply resumes without the form.
  }
}

export const readLeftForm = (textLength: number) => readOpenForm(textLength, LEFT_KEY);
export const writeLeftForm = (form: OpenForm | null) => writeOpenForm(form, LEFT_KEY);
