import { useId, type ReactNode } from 'react';

/** The body of one customer-card tab, named by its heading. */
export function TabSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="tab-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="tab-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
