// A labelled form field with its problems beside it (the same words data:check uses).
import { Fragment, memo, useId, type ReactNode } from 'react';
import { validationMessageFa } from '../../i18n/validationFa';
import { useApp } from '../../store/store';

interface FieldProps {
  label: string;
  errors?: readonly string[];
  /** Renders the control with the ids it must carry. */
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
  hint?: string;
}

/**
 * The validator's messages (data:check's words), in Persian in the Persian interface where there
 * is a rendering (i18n/validationFa.ts); otherwise in English, marked lang="en" so a screen reader
 * reading the Persian form switches voice for them.
 */
export function ValidationMessages({ messages }: { messages: readonly string[] }) {
  const fa = useApp((s) => s.lang) === 'fa';
  return messages.map((message, i) => {
    const persian = fa ? validationMessageFa(message) : null;
    return (
      <Fragment key={`${i}:${message}`}>
        {i > 0 ? (fa ? '؛ ' : '; ') : null}
        <span lang={persian ? undefined : 'en'}>{persian ?? message}</span>
      </Fragment>
    );
  });
}

export function Field({ label, errors = [], children, hint }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [errors.length > 0 ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="curate-field" data-invalid={errors.length > 0 || undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length > 0, 'aria-describedby': described })}
      {hint ? (
        <span className="curate-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {errors.length > 0 ? (
        <span className="curate-error" id={errorId} role="status">
          <ValidationMessages messages={errors} />
        </span>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
  dir?: 'rtl' | 'ltr' | 'auto';
  hint?: string;
  name?: string;
  /** Shown and focusable but not editable (an edited fact's id); the hint should say why. */
  readOnly?: boolean;
}

/** The same problems: a form computes each field's list afresh at every render, mostly empty. */
function sameErrors(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m, i) => m === y[i]);
}

/**
 * Props equal but for fresh copies of the same problems (and, for a select, of the same options).
 * A field re-rendered with nothing new still costs a DOM commit: React's updateInput resets an
 * input's name and type attributes, which invalidates its style, for each input of the form at
 * every keystroke in any one of them (profile of typing in the workbench's title field).
 */
function sameProps<P extends { errors?: readonly string[] }>(a: P, b: P): boolean {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof P>) {
    if (key === 'errors') {
      if (!sameErrors(a.errors, b.errors)) return false;
    } else if (key === 'options') {
      const x = a[key] as ReadonlyArray<{ value: string; label: string }>;
      const y = b[key] as ReadonlyArray<{ value: string; label: string }>;
      if (x !== y && (x.length !== y.length || x.some((o, i) => o.value !== y[i]?.value || o.label !== y[i]?.label))) return false;
    } else if (!Object.is(a[key], b[key])) return false;
  }
  return true;
}

export const TextField = memo(function TextField({ label, value, onChange, errors, dir = 'auto', hint, name, readOnly }: TextFieldProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(props) => <input {...props} name={name} type="text" dir={dir} value={value} readOnly={readOnly} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}, sameProps);

interface SelectFieldProps {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
  errors?: readonly string[];
  name?: string;
}

export const SelectField = memo(function SelectField({ label, value, options, onChange, errors, name }: SelectFieldProps) {
  return (
    <Field label={label} errors={errors}>
      {(props) => (
        <select {...props} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}, sameProps);
