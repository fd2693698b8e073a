import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '../common/Button';
import './Modal.css';

/**
 * A native modal <dialog>: focus is trapped and Escape closes it (the browser does both),
 * and `open` is the single source of truth for whether it shows.
 */
export function Modal({
  open,
  titleId,
  title,
  onClose,
  children,
  actions,
  wide = false,
}: {
  open: boolean;
  titleId: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the foot; a Close button when not given. */
  actions?: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog__actions">{actions ?? <Button onClick={onClose}>Close</Button>}</div>
    </dialog>
  );
}
