import { useSession } from '@/features/auth/components/session-context';
import { canEnterHours } from '@/features/auth/lib/permissions';
import { MyHoursRoute } from './lazy-pages';
import { NoAccessPage } from './not-found-page';

/** Gives My hours the signed-in user and whether they may enter hours on any project. */
export function MyHoursSessionRoute() {
  const { user, permissions } = useSession();
  if (!canEnterHours(permissions)) return <NoAccessPage />;
  return <MyHoursRoute userId={user.id} anyProject={permissions.financials.edit === 'all'} />;
}
