import type { ReactNode } from 'react';
import { useSession } from '@/features/auth/components/session-context';
import { canSeeSection, type Section } from '@/features/auth/lib/permissions';
import { NoAccessPage } from '../pages/not-found-page';

/** Shows a section only to roles that may see it; the server refuses the data to others anyway. */
export function RequireSection({ section, children }: { section: Section; children: ReactNode }) {
  const session = useSession();
  return canSeeSection(session.permissions, section) ? children : <NoAccessPage />;
}
