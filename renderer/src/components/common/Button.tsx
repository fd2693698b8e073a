import type { ComponentPropsWithRef } from 'react';
import './Button.css';

/** The app's button styles (Button.css): default outline, primary, quiet (no fill) and danger. */
export type ButtonVariant = 'default' | 'primary' | 'quiet' | 'danger';

export type ButtonProps = ComponentPropsWithRef<'button'> & { variant?: ButtonVariant };

/**
 * A button in one of the app's variants. `type` defaults to "button", so a button inside a
 * form submits it only when asked to (`type="submit"`).
 */
export function Button({ variant = 'default', type = 'button', className, ...props }: ButtonProps) {
  const classes = ['button', variant === 'default' ? null : `button--${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...props} />;
}
