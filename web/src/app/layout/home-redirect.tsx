import { Navigate } from 'react-router-dom';
import { useSession } from '@/features/auth/components/session-context';
import { homePath } from '@/features/auth/lib/permissions';

export function HomeRedirect() {
  const session = useSession();
  return <Navigate to={homePath(session.permissions)} replace />;
}
