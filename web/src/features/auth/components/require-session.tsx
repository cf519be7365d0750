import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { isApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { buildSignInPath } from '@/lib/sign-in-redirect';
import { useSessionQuery } from '../api/get-session';
import { SessionContext } from './session-context';

/** Renders its children only for a signed-in user; anyone else goes to sign-in and comes back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSessionQuery();

  if (session.isPending) return <LoadingState label={t('app.loading')} />;
  if (session.isError) {
    if (isApiError(session.error) && session.error.status === 401) {
      return <Navigate to={buildSignInPath(location)} replace />;
    }
    return (
      <main className="page page--narrow">
        <ErrorState
          title={t('app.error.title')}
          error={session.error}
          onRetry={() => void session.refetch()}
        />
      </main>
    );
  }
  return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
}
