import { canSeeProjectFinancials } from '@/features/auth/lib/permissions';
import type { Permissions } from '@/features/auth/api/session-schema';
import { ProjectFeesList } from '@/features/fees/components/project-fees-list';
import { ProjectFinancialsTab } from '@/features/financials/components/project-financials-tab';
import { ProjectHoursList } from '@/features/hours/components/project-hours-list';
import { ProjectPricesTable } from '@/features/project-prices/components/project-prices-table';
import { localToday } from '@/features/hours/lib/iso-week';
import type { Project } from '@/features/projects/api/project-schema';
import { isOwnProject } from '@/features/projects/lib/edit-rights';
import { ProjectMoneyTabs } from './project-money-tabs';

/** The project's currency: its own, else its expected value's, else the default base currency. */
function projectCurrency(project: Project): string {
  return project.currency ?? project.expectedValue?.currency ?? 'EUR';
}

/**
 * Hours, Fees & costs and Financials on the project card, for users whose financials view covers
 * the project (DESIGN §6); absent for everyone else, as the server answers them 403.
 */
export function ProjectMoneySlot({
  project,
  userId,
  permissions,
}: {
  project: Project;
  userId: number;
  permissions: Permissions;
}) {
  const own = isOwnProject(project, userId);
  if (!canSeeProjectFinancials(permissions, own)) return null;
  const edit = permissions.financials.edit;
  const canEdit = edit === 'all' || (edit === 'own' && own);
  const currency = projectCurrency(project);
  const today = localToday();
  return (
    <ProjectMoneyTabs
      tabs={[
        {
          id: 'hours',
          label: 'money.tab.hours',
          render: () => (
            <ProjectHoursList
              projectId={project.id}
              rights={{
                userId,
                financialsEdit: canEdit,
                ownProject: own,
                projectClosed: project.state === 'closed',
              }}
            />
          ),
        },
        {
          id: 'fees',
          label: 'money.tab.fees',
          render: () => (
            <ProjectFeesList
              projectId={project.id}
              currency={currency}
              canEdit={canEdit}
              today={today}
            />
          ),
        },
        {
          id: 'financials',
          label: 'money.tab.financials',
          render: () => (
            <ProjectFinancialsTab
              projectId={project.id}
              currency={currency}
              currentMonth={today.slice(0, 7)}
              canEdit={canEdit}
            />
          ),
        },
        {
          id: 'prices',
          label: 'money.tab.prices',
          render: () => <ProjectPricesTable projectId={project.id} canEdit={canEdit} />,
        },
      ]}
    />
  );
}
