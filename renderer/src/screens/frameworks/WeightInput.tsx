import { useState } from 'react';
import { parseWeight } from './editing';

/** Keeps the typed text (a number input reports "" mid-typing); the draft gets the parsed number. */
export function WeightInput({
  label,
  weight,
  onChange,
}: {
  label: string;
  weight: number;
  onChange: (w: number) => void;
}) {
  const [text, setText] = useState(Number.isNaN(weight) ? '' : String(weight));
  return (
    <input
      type="number"
      className="frameworks__weight"
      aria-label={label}
      min={0}
      max={100}
      step="any"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseWeight(e.target.value));
      }}
    />
  );
}
