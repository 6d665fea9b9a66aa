// A half-filled fact form is kept, not lost: Escape, Cancel, closing the workbench or a reload
// leave its fields where they were, keyed by the form's kind and span (in memory, and in
// localStorage like the open form itself, openForm.ts). Saving the form, Discard, or finishing
// the draft forgets them. Values are plain JSON (strings, dates, the participants' roles).
import { useState } from 'react';

const KEY = 'kavosh-curate-fields';
/** At most this many forms are kept (the oldest is forgotten first). */
const MAX_FORMS = 8;

type Kept = Record<string, Record<string, unknown>>;
let memory: Kept | null = null;

function kept(): Kept {
  if (!memory) {
    try {
      const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
      memory = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Kept) : {};
    } catch {
      memory = {};
    }
  }
  return memory;
}

function persist() {
  try {
    if (memory && Object.keys(memory).length > 0) localStorage.setItem(KEY, JSON.stringify(memory));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode: kept in memory only (still across closing and reopening the workbench).
  }
}

export const formKey = (kind: string, start: number, end: number) => `${kind}:${start}:${end}`;

/** Whether anything was typed into the form `key` and not saved. */
export function hasKept(key: string): boolean {
  return Object.keys(kept()[key] ?? {}).length > 0;
}

export function forgetForm(key: string): void {
  const all = kept();
  if (!(key in all)) return;
  delete all[key];
  persist();
}

export function forgetAllForms(): void {
  memory = {};
  persist();
}

function remember(key: string, field: string, value: unknown) {
  const all = kept();
  // Re-inserted last: the most recently touched form is the last to be forgotten.
  const fields = { ...all[key], [field]: value };
  delete all[key];
  all[key] = fields;
  const keys = Object.keys(all);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_FORMS))) delete all[old];
  persist();
}

/** useState for one field of the form `key`: starts from what was kept, and keeps every change. */
export function useKept<T>(key: string, field: string, initial: T | (() => T)): [T, (next: T | ((prev: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    const fields = kept()[key];
    if (fields && field in fields) return fields[field] as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const set = (next: T | ((prev: T) => T)) => {
    const v = typeof next === 'function' ? (next as (prev: T) => T)(value) : next;
    remember(key, field, v);
    setValue(v);
  };
  return [value, set];
}
