import type { RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { ActivityType } from '../api/activity-schema';
import { useDeleteActivityType } from '../api/activity-types';

interface DeleteActivityTypeDialogProps {
  type: ActivityType | null;
  onClose: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** Asks before deleting a type; one that activities use cannot go (409): disabling is the way. */
export function DeleteActivityTypeDialog({
  type,
  onClose,
  returnFocusRef,
}: DeleteActivityTypeDialogProps) {
  const remove = useDeleteActivityType();
  const inUse = isApiError(remove.error) && remove.error.status === 409;

  function close() {
    remove.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={type !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={t('settings.delete.title', { name: type?.name ?? '' })}
      body={
        (type?.usageCount ?? 0) > 0
          ? t('activityTypes.delete.used', { count: type?.usageCount ?? 0 })
          : t('activityTypes.delete.unused')
      }
      confirmLabel={t('settings.delete.confirm')}
      busyLabel={t('settings.delete.deleting')}
      busy={remove.isPending}
      returnFocusRef={returnFocusRef}
      error={
        remove.isError ? (
          <FormAlert>
            {inUse ? t('activityTypes.delete.inUse') : describeError(remove.error)}
          </FormAlert>
        ) : null
      }
      onConfirm={() => {
        if (!type) return;
        remove.mutate(type.id, {
          onSuccess: () => {
            notify(t('settings.deleted', { name: type.name }), 'success');
            close();
          },
        });
      }}
    />
  );
}
