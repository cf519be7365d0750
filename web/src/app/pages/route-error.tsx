import { useNavigate, useRouteError } from 'react-router-dom';
import { ErrorState } from '@/components/ui/states';
import { t } from '@/lib/i18n';

/** Error boundary of a whole page: what broke, and a way to try again. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  return (
    <div className="page">
      <ErrorState title={t('app.error.title')} error={error} onRetry={() => navigate(0)} />
    </div>
  );
}
