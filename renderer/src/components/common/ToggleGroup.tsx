import './ToggleGroup.css';

export interface ToggleOption<T extends string> {
  value: T;
  label: string;
}

/**
 * Two or more options side by side, one of them pressed: the view a screen or chart shows
 * (browse or edit, by skill or by area). `small` fits inside a chart card.
 */
export function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  size = 'normal',
}: {
  /** What the options choose, for assistive technology ("Mode", "Show coverage"). */
  label: string;
  options: readonly ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
  size?: 'normal' | 'small';
}) {
  return (
    <div className={`toggle-group toggle-group--${size}`} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="toggle-group__option"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
