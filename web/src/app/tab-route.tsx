import { Suspense, type ReactNode } from 'react';
import { useNavigate, useRouteError } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/states';
import type { CardTab } from '@/features/customers/lib/card-tabs';
import { t } from '@/lib/i18n';

/** One card tab's loading state: its code and data load while the header stays in place. */
export function TabRoute({ tab, children }: { tab: CardTab; children: ReactNode }) {
  return (
    <Suspense fallback={<LoadingState label={t('tabs.loading', { tab: t(tab.label) })} />}>
      {children}
    </Suspense>
  );
}

/** One card tab's error boundary: a failing tab never takes the header or other tabs with it. */
export function TabError({ tab }: { tab: CardTab }) {
  const error = useRouteError();
  const navigate = useNavigate();
  return (
    <ErrorState
      title={t('tabs.error', { tab: t(tab.label) })}
      error={error}
      onRetry={() => navigate(0)}
    />
  );
}
