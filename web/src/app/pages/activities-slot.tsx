import { lazy, Suspense } from 'react';
import { LoadingState } from '@/components/ui/states';
import type { ActivityScope } from '@/features/activities/api/activity-schema';
import { t } from '@/lib/i18n';

const ActivitiesSection = lazy(() =>
  import('@/features/activities/components/activities-section').then((m) => ({
    default: m.ActivitiesSection,
  })),
);

interface ActivitiesSlotProps {
  scope: ActivityScope;
  customerId: number;
  userId: number;
  canEdit: boolean;
  layout: 'tab' | 'card';
}

/** The activities section (its own chunk) where a card shows it: the contacts tab, the project card. */
export function ActivitiesSlot(props: ActivitiesSlotProps) {
  return (
    <Suspense fallback={<LoadingState label={t('app.loading')} />}>
      <ActivitiesSection {...props} />
    </Suspense>
  );
}
