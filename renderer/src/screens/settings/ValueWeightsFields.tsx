import { useId } from 'react';
import { Button } from '@renderer/components/common/Button';
import { CheckedField } from './CheckedField';
import { DEFAULT_WEIGHT_FIELDS, WEIGHT_KEYS, type PlanningField, type WeightKey } from './planning-form';

const WEIGHT_LABELS: Record<WeightKey, { label: string; hint: string }> = {
  singlePoint: {
    label: 'Single point of failure closed',
    hint: 'A skill only one person holds at the required level, then held by two or more.',
  },
  belowPolicy: {
    label: 'Below-policy gap closed',
    hint: 'Each person more at the required level where the coverage policy asks for more.',
  },
  engineeringFte: {
    label: 'Engineering FTE absorbed',
    hint: "Each FTE of engineering work taken off data scientists' hands.",
  },
};

/** How a budgeted plan weighs what it closes, with the defaults to go back to. */
export function ValueWeightsFields({
  weights,
  problems,
  onChange,
  onReset,
}: {
  weights: Record<WeightKey, string>;
  problems: ReadonlyMap<PlanningField, string>;
  onChange: (key: WeightKey, value: string) => void;
  onReset: () => void;
}) {
  const id = useId();
  const atDefaults = WEIGHT_KEYS.every((key) => weights[key].trim() === DEFAULT_WEIGHT_FIELDS[key]);
  return (
    <fieldset className="planning-settings__weights">
      <legend>Value of what a hire closes</legend>
      <p className="field__hint">
        When the budget cannot close every gap, the plan closes the most value: the sum of these weights over what it
        closes. Defaults: {DEFAULT_WEIGHT_FIELDS.singlePoint}, {DEFAULT_WEIGHT_FIELDS.belowPolicy} and{' '}
        {DEFAULT_WEIGHT_FIELDS.engineeringFte}.
      </p>
      {WEIGHT_KEYS.map((key) => (
        <CheckedField
          key={key}
          id={`${id}-${key}`}
          label={WEIGHT_LABELS[key].label}
          hint={WEIGHT_LABELS[key].hint}
          value={weights[key]}
          placeholder={DEFAULT_WEIGHT_FIELDS[key]}
          problem={problems.get(`weights.${key}`)}
          onChange={(value) => onChange(key, value)}
        />
      ))}
      <div className="settings__actions">
        <Button variant="quiet" disabled={atDefaults} onClick={onReset}>
          Reset to defaults
        </Button>
      </div>
    </fieldset>
  );
}
