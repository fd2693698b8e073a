import type { ReactNode } from 'react';
import './Banner.css';

/** A notice above the page: a title, what happened, and one action (dismiss, clear…). */
export function Banner({
  tone,
  titleId,
  title,
  alert = false,
  action,
  children,
}: {
  tone: 'info' | 'warning' | 'error';
  titleId: string;
  title: string;
  /** Announced at once by screen readers: for things that went wrong. */
  alert?: boolean;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className={`banner banner--${tone}`} role={alert ? 'alert' : undefined} aria-labelledby={titleId}>
      <div>
        <h2 id={titleId} className="banner__title">
          {title}
        </h2>
        {children}
      </div>
      {action}
    </section>
  );
}
