import { NavLink, Outlet } from 'react-router-dom';
import { t } from '@/lib/i18n';

/** `/settings/*`: the organization's lists, one sub-page each. */
export function SettingsLayout() {
  return (
    <div className="page">
      <h1 className="page__title">{t('settings.title')}</h1>
      <nav className="tabs" aria-label={t('settings.nav')}>
        <ul className="tabs__list">
          <li>
            <NavLink to="/settings/organization" className="tabs__link">
              {t('settings.organization')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/keywords" className="tabs__link">
              {t('settings.keywords')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/contact-roles" className="tabs__link">
              {t('settings.contactRoles')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/activity-types" className="tabs__link">
              {t('activityTypes.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/work-types" className="tabs__link">
              {t('workTypes.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/users" className="tabs__link">
              {t('users.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/sales-statuses" className="tabs__link">
              {t('statuses.sales.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/task-statuses" className="tabs__link">
              {t('statuses.task.title')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/invoice-statuses" className="tabs__link">
              {t('invoiceStatuses.title')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
