import { lazy, Suspense } from 'react';
import { LoadingState } from '@/components/ui/states';
import type { ActivityScope } from '@/features/activities/api/activity-schema';
import { t } from '@/lib/i18n';
import { useProjectRecordRights } from './card-records';

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

/**
 * A project's activities belong to the customers area (DESIGN §6): changing them needs customers edit
 * of the project's customer, as for its notes and files, not the project's own edit right.
 */
export function ProjectActivities(props: {
  projectId: number;
  customerId: number;
  userId: number;
}) {
  const rights = useProjectRecordRights(props.customerId);
  if (!rights.visible) return null;
  return (
    <ActivitiesSlot
      scope={{ kind: 'project', id: props.projectId }}
      customerId={props.customerId}
      userId={props.userId}
      canEdit={rights.canEdit}
      layout="card"
    />
  );
}
