/** The Frameworks screen's two modes: read the framework with its sources, or edit it. */
export type FrameworksMode = 'browse' | 'edit';

const MODES: { id: FrameworksMode; label: string }[] = [
  { id: 'browse', label: 'Browse' },
  { id: 'edit', label: 'Edit' },
];

/** Two toggle buttons side by side; the pressed one is the mode shown. */
export function ModeSwitch({ mode, onChange }: { mode: FrameworksMode; onChange: (mode: FrameworksMode) => void }) {
  return (
    <div className="frameworks__modes" role="group" aria-label="Mode">
      {MODES.map((m) => (
        <button
          key={m.id}
          type="button"
          className="frameworks__mode"
          aria-pressed={mode === m.id}
          onClick={() => onChange(m.id)}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}
