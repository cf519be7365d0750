import { useSession } from '@/features/auth/components/session-context';
import { NewProjectDialog } from '@/features/projects/components/new-project-dialog';
import { SalesTab } from '@/features/sales/components/sales-tab';

/** Joins the sales tab (sales), the create dialog (projects) and the session's rights. */
export function SalesTabRoute() {
  const { user, permissions } = useSession();
  return (
    <SalesTab
      canCreate={{
        sales: permissions.sales.edit !== 'none',
        open: permissions.projects.edit !== 'none',
      }}
      renderNewDialog={(props) => <NewProjectDialog {...props} userId={user.id} />}
    />
  );
}
