import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';

export interface MoneyTab {
  id: string;
  label: MessageKey;
  render: () => ReactNode;
}

/**
 * The project card's money as tabs (WAI-ARIA tabs: arrow keys move between them, the panel
 * follows): Hours, Fees & costs and Financials. Only users with financials view see them.
 */
export function ProjectMoneyTabs({ tabs }: { tabs: MoneyTab[] }) {
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
  const baseId = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.id === current?.id);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    setSelected(tab.id);
    tabRefs.current.get(tab.id)?.focus();
  }

  if (!current) return null;
  return (
    <section
      className="tab-section card-section project-money-tabs"
      aria-label={t('money.section')}
    >
      <div role="tablist" aria-label={t('money.section')} tabIndex={-1} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.id, element);
              else tabRefs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${baseId}-${tab.id}-tab`}
            aria-selected={tab.id === current.id}
            aria-controls={`${baseId}-${tab.id}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => setSelected(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-${current.id}-panel`}
        aria-labelledby={`${baseId}-${current.id}-tab`}
        tabIndex={0}
      >
        {current.render()}
      </div>
    </section>
  );
}
