import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';
import { describeRegistryError } from '../lib/registry-errors';

/** A failed registry call: what happened and why, with "Try again" when that may help. */
export function RegistryProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = describeRegistryError(error);
  return (
    <div className="form-alert registry-problem" role="alert">
      <p className="registry-problem__title">{problem.title}</p>
      {problem.detail ? <p className="registry-problem__detail">{problem.detail}</p> : null}
      {onRetry && problem.retryable ? (
        <Button onClick={onRetry}>{t('app.error.retry')}</Button>
      ) : null}
    </div>
  );
}
