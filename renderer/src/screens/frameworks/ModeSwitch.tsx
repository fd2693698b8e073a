import { ToggleGroup } from '@renderer/components/common/ToggleGroup';

/** The Frameworks screen's two modes: read the framework with its sources, or edit it. */
export type FrameworksMode = 'browse' | 'edit';

const MODES = [
  { value: 'browse', label: 'Browse' },
  { value: 'edit', label: 'Edit' },
] as const;

/** Two toggle buttons side by side; the pressed one is the mode shown. */
export function ModeSwitch({ mode, onChange }: { mode: FrameworksMode; onChange: (mode: FrameworksMode) => void }) {
  return <ToggleGroup label="Mode" options={MODES} value={mode} onChange={onChange} />;
}
