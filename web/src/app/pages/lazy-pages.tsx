import { lazy, Suspense, type ReactNode } from 'react';
import { LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';

/** Pages outside the card, each its own chunk, loaded when first opened. */
const MailingListPage = lazy(() =>
  import('@/features/contacts/components/mailing-list-page').then((m) => ({
    default: m.MailingListPage,
  })),
);
const SettingsLayout = lazy(() =>
  import('@/features/settings/components/settings-layout').then((m) => ({
    default: m.SettingsLayout,
  })),
);
const ListSettingsPage = lazy(() =>
  import('@/features/settings/components/list-settings-page').then((m) => ({
    default: m.ListSettingsPage,
  })),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState label={t('app.loading')} />}>{children}</Suspense>;
}

export function MailingListRoute() {
  return (
    <Loading>
      <MailingListPage />
    </Loading>
  );
}

export function SettingsRoute() {
  return (
    <Loading>
      <SettingsLayout />
    </Loading>
  );
}

export function KeywordsSettingsRoute() {
  return (
    <Loading>
      <ListSettingsPage list="keywords" />
    </Loading>
  );
}

export function ContactRolesSettingsRoute() {
  return (
    <Loading>
      <ListSettingsPage list="contact-roles" />
    </Loading>
  );
}

const ActivityTypesPage = lazy(() =>
  import('@/features/activities/components/activity-types-page').then((m) => ({
    default: m.ActivityTypesPage,
  })),
);
const CalendarFeedPage = lazy(() =>
  import('@/features/activities/components/calendar-feed-page').then((m) => ({
    default: m.CalendarFeedPage,
  })),
);

export function ActivityTypesSettingsRoute() {
  return (
    <Loading>
      <ActivityTypesPage />
    </Loading>
  );
}

/** `/me/calendar`: any signed-in user's own calendar feed. */
export function CalendarFeedRoute() {
  return (
    <Loading>
      <CalendarFeedPage />
    </Loading>
  );
}

const MyHoursPage = lazy(() =>
  import('@/features/hours/components/my-hours-page').then((m) => ({ default: m.MyHoursPage })),
);

/** `/me/hours`: the signed-in user's weekly timesheet. */
export function MyHoursRoute({ userId, anyProject }: { userId: number; anyProject: boolean }) {
  return (
    <Loading>
      <MyHoursPage userId={userId} anyProject={anyProject} />
    </Loading>
  );
}

const WorkTypesPage = lazy(() =>
  import('@/features/settings/components/work-types-page').then((m) => ({
    default: m.WorkTypesPage,
  })),
);

export function WorkTypesSettingsRoute() {
  return (
    <Loading>
      <WorkTypesPage />
    </Loading>
  );
}

const UsersPage = lazy(() =>
  import('@/features/settings/components/users-page').then((m) => ({ default: m.UsersPage })),
);

export function UsersSettingsRoute() {
  return (
    <Loading>
      <UsersPage />
    </Loading>
  );
}

const OrganizationPage = lazy(() =>
  import('@/features/settings/components/organization-page').then((m) => ({
    default: m.OrganizationPage,
  })),
);

export function OrganizationSettingsRoute() {
  return (
    <Loading>
      <OrganizationPage />
    </Loading>
  );
}
