import type { ReactNode } from 'react';

/** A labelled number input of the settings forms, with an optional hint under the label. */
export function NumberField({
  label,
  hint,
  name,
  min,
  max,
  step = 1,
  value,
  onChange,
}: {
  label: ReactNode;
  hint?: ReactNode;
  name?: string;
  min: number;
  max: number;
  step?: number;
  value: number;
  /** The input's number (NaN while what is typed is not one: the form's check says so). */
  onChange: (value: number) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {hint ? <span className="field__hint">{hint}</span> : null}
      <input
        name={name}
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
    </label>
  );
}
