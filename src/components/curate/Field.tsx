// A labelled form field with its problems beside it (the same words data:check uses).
import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  errors?: readonly string[];
  /** Renders the control with the ids it must carry. */
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
  hint?: string;
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
          {errors.join('; ')}
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

export function TextField({ label, value, onChange, errors, dir = 'auto', hint, name, readOnly }: TextFieldProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(props) => <input {...props} name={name} type="text" dir={dir} value={value} readOnly={readOnly} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
  errors?: readonly string[];
  name?: string;
}

export function SelectField({ label, value, options, onChange, errors, name }: SelectFieldProps) {
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
}
