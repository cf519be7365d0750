import { useSession } from '@/features/auth/components/session-context';
import { CollaborationTab } from '@/features/collaboration/components/collaboration-tab';

/** Joins the board (collaboration) and the session: moving tasks needs projects edit. */
export function CollaborationTabRoute() {
  const { permissions } = useSession();
  return <CollaborationTab canEdit={permissions.projects.edit !== 'none'} />;
}
