import type { ReactNode } from 'react';
import { describeError } from '@/lib/describe-error';
import { isApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { Button } from './button';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({
  title,
  body,
  children,
}: {
  title: string;
  body?: string;
  children?: ReactNode;
}) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {body ? <p className="state__body">{body}</p> : null}
      {children}
    </div>
  );
}

export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error?: unknown;
  onRetry?: () => void;
}) {
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      {error !== undefined ? <p className="state__body">{describeError(error)}</p> : null}
      {requestId ? (
        <p className="state__meta">{t('app.error.requestId', { id: requestId })}</p>
      ) : null}
      {onRetry ? <Button onClick={onRetry}>{t('app.error.retry')}</Button> : null}
    </div>
  );
}

/** A message tied to a form as a whole (not one field), announced when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div className="form-alert" role="alert">
      {children}
    </div>
  );
}
