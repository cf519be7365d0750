import { NavLink, Outlet } from 'react-router-dom';
import { useSession } from '@/features/auth/components/session-context';
import { canEnterHours, visibleSections, type Section } from '@/features/auth/lib/permissions';
import { t, type MessageKey } from '@/lib/i18n';
import { useLiveUpdates } from '../live-updates';
import { SignOutButton } from './sign-out-button';

const sectionLabels: Record<Section, MessageKey> = {
  customers: 'nav.customers',
  projects: 'nav.projects',
  reports: 'nav.reports',
  settings: 'nav.settings',
};

/** The frame of every signed-in page: navigation, who is signed in, sign out. */
export function AppLayout() {
  const session = useSession();
  // One event stream per signed-in tab: other people's changes refresh what is on screen.
  useLiveUpdates();
  const sections = visibleSections(session.permissions);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        <nav className="topbar__nav" aria-label={t('nav.label')}>
          <ul>
            {sections.map((section) => (
              <li key={section}>
                <NavLink to={`/${section}`} className="topbar__link">
                  {t(sectionLabels[section])}
                </NavLink>
              </li>
            ))}
            {canEnterHours(session.permissions) ? (
              <li>
                <NavLink to="/me/hours" className="topbar__link">
                  {t('nav.myHours')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="topbar__user">
          <span className="topbar__user-name">
            {t('nav.signedInAs', { name: session.user.name })}
          </span>
          <span className="topbar__org">{t('nav.organization', { name: session.org.name })}</span>
          <NavLink to="/me/calendar" className="topbar__link">
            {t('nav.calendarFeed')}
          </NavLink>
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
