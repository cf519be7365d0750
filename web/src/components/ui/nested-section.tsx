import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/**
 * Where a section sits: on its own on a card page (a boxed `h2` section, like the project card's)
 * or inside a customer-card tab, under the tab's `h2` (an `h3` subsection).
 */
export type SectionPlacement = 'card' | 'tab';

interface NestedSectionProps extends Omit<ComponentPropsWithRef<'section'>, 'title'> {
  placement: SectionPlacement;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

/** One named section whose heading level follows its placement, so the outline stays right. */
export function NestedSection({
  placement,
  title,
  actions,
  children,
  className,
  ...rest
}: NestedSectionProps) {
  const headingId = useId();
  const Heading = placement === 'card' ? 'h2' : 'h3';
  const base = placement === 'card' ? 'tab-section card-section' : 'subsection';
  return (
    <section
      {...rest}
      className={[base, className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <div className={placement === 'card' ? 'card-section__header' : 'subsection__header'}>
        <Heading
          id={headingId}
          className={placement === 'card' ? 'tab-section__title' : 'subsection__title'}
        >
          {title}
        </Heading>
        {actions ? <div className="subsection__actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
