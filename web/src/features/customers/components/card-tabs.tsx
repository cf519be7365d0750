import { NavLink } from 'react-router-dom';
import { t } from '@/lib/i18n';
import { cardTabs } from '../lib/card-tabs';

/**
 * The card's sections as links (each tab is a route, so it can be bookmarked and reloaded);
 * the current one is marked with aria-current="page".
 */
export function CardTabs() {
  return (
    <nav className="tabs" aria-label={t('tabs.label')}>
      <ul className="tabs__list">
        {cardTabs.map((tab) => (
          <li key={tab.path}>
            <NavLink to={tab.path} className="tabs__link">
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
