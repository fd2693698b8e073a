import type { ReactNode } from 'react';

/**
 * A text input for a number or code, with its problem, when it has one, right under it and
 * tied to it (aria-invalid, aria-describedby), so a screen reader reads the two together.
 * Text rather than type="number": a browser reports what a number input cannot parse as
 * blank, and the form would take "12,5" or "1e9" for "not set" instead of saying why.
 */
export function CheckedInput({
  id,
  label,
  value,
  problem,
  placeholder,
  inputMode = 'decimal',
  list,
  onChange,
}: {
  id: string;
  /** The accessible name, when no visible label names the input. */
  label?: string;
  value: string;
  problem: string | undefined;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  list?: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <input
        id={id}
        aria-label={label}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        list={list}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem ? (
        <span id={`${id}-problem`} className="planning-settings__problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}

/** A labelled CheckedInput of the settings forms, with an optional hint under the label. */
export function CheckedField({
  label,
  hint,
  ...input
}: Omit<Parameters<typeof CheckedInput>[0], 'label'> & { label: ReactNode; hint?: ReactNode }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {hint ? <span className="field__hint">{hint}</span> : null}
      <CheckedInput {...input} />
    </label>
  );
}
