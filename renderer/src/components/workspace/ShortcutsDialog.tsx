import { SCREENS } from '@renderer/screens/navigation';
import { Modal } from './Modal';
import './ShortcutsDialog.css';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: { keys: string; action: string }[] = [
  ...SCREENS.map((screen, i) => ({ keys: `${mod}+${i + 1}`, action: `Go to ${screen.label}` })),
  { keys: `${mod}+S`, action: 'Save the member being edited' },
  { keys: 'Delete / Backspace', action: 'In the assessment grid: clear a level to “not assessed”' },
  { keys: `${mod}+O`, action: 'Import a framework' },
  { keys: `${mod}+I`, action: 'Import the team from a spreadsheet' },
  { keys: `${mod}+E`, action: 'Export the hiring plan as Markdown' },
  { keys: `${mod}+P`, action: 'Export the hiring plan as PDF' },
  { keys: `${mod}+/`, action: 'Show keyboard shortcuts' },
  { keys: `${mod}+Plus / ${mod}+Minus / ${mod}+0`, action: 'Zoom in, out, reset' },
];

/** Help → Keyboard shortcuts. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} titleId="shortcuts-title" title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
