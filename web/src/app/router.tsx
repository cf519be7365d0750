import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { RequireSession } from '@/features/auth/components/require-session';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { CustomerCardPage } from '@/features/customers/components/customer-card-page';
import { ProjectListPage } from '@/features/projects/components/project-list-page';
import { InvoiceStatusSettingsPage } from '@/features/invoice-statuses/components/invoice-status-settings-page';
import { StatusSettingsPage } from '@/features/statuses/components/status-settings-page';
import { cardTabs, defaultCardTab, type CardTabPath } from '@/features/customers/lib/card-tabs';
import { AppLayout } from './layout/app-layout';
import { HomeRedirect } from './layout/home-redirect';
import { RequireSection } from './layout/require-section';
import { ContactsTabRoute } from './pages/contacts-tab-route';
import { CustomerListRoute } from './pages/customer-list-route';
import {
  ActivityTypesSettingsRoute,
  CalendarFeedRoute,
  ContactRolesSettingsRoute,
  KeywordsSettingsRoute,
  MailingListRoute,
  OrganizationSettingsRoute,
  SettingsRoute,
  UsersSettingsRoute,
  WorkTypesSettingsRoute,
} from './pages/lazy-pages';
import { MyHoursSessionRoute } from './pages/my-hours-route';
import { ProjectCardRoute } from './pages/project-card-route';
import { NoAccessPage, NotFoundPage } from './pages/not-found-page';
import { PlaceholderPage } from './pages/placeholder-page';
import { RouteError } from './pages/route-error';
import { TabError, TabRoute } from './tab-route';

// Each tab is its own feature and its own chunk, loaded when the tab is first opened.
const tabComponents: Record<CardTabPath, ComponentType> = {
  contacts: ContactsTabRoute,
  sales: lazy(() => import('./tabs/sales-tab-route').then((m) => ({ default: m.SalesTabRoute }))),
  collaboration: lazy(() =>
    import('./tabs/collaboration-tab-route').then((m) => ({ default: m.CollaborationTabRoute })),
  ),
  financials: lazy(() =>
    import('@/features/financials/components/financials-tab').then((m) => ({
      default: m.FinancialsTab,
    })),
  ),
  settings: lazy(() =>
    import('@/features/customer-settings/components/customer-settings-tab').then((m) => ({
      default: m.CustomerSettingsTab,
    })),
  ),
};

const cardTabRoutes: RouteObject[] = cardTabs.map((tab) => {
  const Tab = tabComponents[tab.path];
  return {
    path: tab.path,
    element: (
      <TabRoute tab={tab}>
        <Tab />
      </TabRoute>
    ),
    errorElement: <TabError tab={tab} />,
  };
});

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRedirect /> },
          {
            path: 'customers',
            element: (
              <RequireSection section="customers">
                <CustomerListRoute />
              </RequireSection>
            ),
          },
          {
            path: 'customers/:customerId',
            element: (
              <RequireSection section="customers">
                <CustomerCardPage />
              </RequireSection>
            ),
            children: [
              { index: true, element: <Navigate to={defaultCardTab} replace /> },
              ...cardTabRoutes,
            ],
          },
          {
            path: 'projects',
            element: (
              <RequireSection section="projects">
                <ProjectListPage />
              </RequireSection>
            ),
          },
          {
            path: 'projects/:projectId',
            element: (
              <RequireSection section="projects">
                <ProjectCardRoute />
              </RequireSection>
            ),
          },
          {
            path: 'reports',
            element: (
              <RequireSection section="reports">
                <PlaceholderPage
                  titleKey="placeholder.reports.title"
                  bodyKey="placeholder.reports.body"
                />
              </RequireSection>
            ),
          },
          {
            path: 'contacts/mailing-list',
            element: (
              <RequireSection section="customers">
                <MailingListRoute />
              </RequireSection>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireSection section="settings">
                <SettingsRoute />
              </RequireSection>
            ),
            children: [
              { index: true, element: <Navigate to="keywords" replace /> },
              { path: 'keywords', element: <KeywordsSettingsRoute /> },
              { path: 'contact-roles', element: <ContactRolesSettingsRoute /> },
              { path: 'activity-types', element: <ActivityTypesSettingsRoute /> },
              { path: 'work-types', element: <WorkTypesSettingsRoute /> },
              { path: 'users', element: <UsersSettingsRoute /> },
              { path: 'organization', element: <OrganizationSettingsRoute /> },
            ],
          },
          {
            path: 'settings/sales-statuses',
            element: (
              <RequireSection section="settings">
                <StatusSettingsPage kind="sales" />
              </RequireSection>
            ),
          },
          {
            path: 'settings/task-statuses',
            element: (
              <RequireSection section="settings">
                <StatusSettingsPage kind="task" />
              </RequireSection>
            ),
          },
          {
            path: 'settings/invoice-statuses',
            element: (
              <RequireSection section="settings">
                <InvoiceStatusSettingsPage />
              </RequireSection>
            ),
          },
          { path: 'me/calendar', element: <CalendarFeedRoute /> },
          { path: 'me/hours', element: <MyHoursSessionRoute /> },
          { path: 'no-access', element: <NoAccessPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, {
    future: {
      v7_relativeSplatPath: true,
      v7_fetcherPersist: true,
      v7_normalizeFormMethod: true,
      v7_partialHydration: true,
      v7_skipActionErrorRevalidation: true,
    },
  });
}
