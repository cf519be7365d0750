import { useId, type ReactNode } from 'react';

/** One section of the project card, named by its heading; later issues add more of these. */
export function CardSection({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="tab-section card-section" aria-labelledby={headingId}>
      <div className="card-section__header">
        <h2 id={headingId} className="tab-section__title">
          {title}
        </h2>
        {actions ? <div className="tab-section__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
