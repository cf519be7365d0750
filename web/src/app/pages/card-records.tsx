import { lazy, Suspense, type ReactNode } from 'react';
import { LoadingState } from '@/components/ui/states';
import { useSession } from '@/features/auth/components/session-context';
import { useCustomerCard } from '@/features/customers/api/get-customer-card';
import { t } from '@/lib/i18n';

// Each is its own chunk, loaded with the tab or the project card that shows it.
const NotesSection = lazy(() =>
  import('@/features/notes/components/notes-section').then((m) => ({ default: m.NotesSection })),
);
const FilesSection = lazy(() =>
  import('@/features/files/components/files-section').then((m) => ({ default: m.FilesSection })),
);

type Owner = { kind: 'customer' | 'project'; id: number };

/** A section's code loads while the rest of the card stays in place. */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState label={t('records.loading')} />}>{children}</Suspense>;
}

/** Who looks at the notes: authors edit their own, customers edit-all deletes any (DESIGN §6). */
function useNoteViewer(canEdit: boolean) {
  const { user, permissions } = useSession();
  return { userId: user.id, canEdit, deletesAny: permissions.customers.edit === 'all' };
}

/** The customer card's notes and files & links (in the Contacts & addresses tab). */
export function CustomerRecords({ customerId, canEdit }: { customerId: number; canEdit: boolean }) {
  const viewer = useNoteViewer(canEdit);
  const owner: Owner = { kind: 'customer', id: customerId };
  return (
    <Loading>
      <NotesSection owner={owner} viewer={viewer} placement="tab" />
      <FilesSection owner={owner} canEdit={canEdit} placement="tab" />
    </Loading>
  );
}

/**
 * Notes, files and links of a project belong to the customers area (DESIGN §6): changing them
 * needs customers edit of the project's customer, which its card's `actions.canEdit` says (the
 * server checks the same). Roles that see no customers get neither section.
 */
export function useProjectRecordRights(customerId: number) {
  const { permissions } = useSession();
  const visible = permissions.customers.view !== 'none';
  const card = useCustomerCard(visible ? customerId : 0);
  return { visible, canEdit: card.data?.actions.canEdit ?? false };
}

export function ProjectNotes({ projectId, customerId }: { projectId: number; customerId: number }) {
  const rights = useProjectRecordRights(customerId);
  const viewer = useNoteViewer(rights.canEdit);
  if (!rights.visible) return null;
  return (
    <Loading>
      <NotesSection owner={{ kind: 'project', id: projectId }} viewer={viewer} placement="card" />
    </Loading>
  );
}

export function ProjectFiles({ projectId, customerId }: { projectId: number; customerId: number }) {
  const rights = useProjectRecordRights(customerId);
  if (!rights.visible) return null;
  return (
    <Loading>
      <FilesSection
        owner={{ kind: 'project', id: projectId }}
        canEdit={rights.canEdit}
        placement="card"
      />
    </Loading>
  );
}
