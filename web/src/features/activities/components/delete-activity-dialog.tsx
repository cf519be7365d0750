import type { RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Activity } from '../api/activity-schema';
import { useDeleteActivity } from '../api/save-activity';

interface DeleteActivityDialogProps {
  activity: Activity | null;
  onClose: (deleted: boolean) => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** Asks before deleting an activity; deleting cannot be undone. */
export function DeleteActivityDialog({
  activity,
  onClose,
  returnFocusRef,
}: DeleteActivityDialogProps) {
  const remove = useDeleteActivity();

  function close(deleted: boolean) {
    remove.reset();
    onClose(deleted);
  }

  return (
    <ConfirmDialog
      open={activity !== null}
      onOpenChange={(open) => {
        if (!open) close(false);
      }}
      title={t('activity.deleteTitle', { name: activity?.name ?? '' })}
      body={t('activity.deleteBody')}
      confirmLabel={t('activity.delete')}
      busyLabel={t('activity.deleting')}
      busy={remove.isPending}
      returnFocusRef={returnFocusRef}
      error={remove.isError ? <FormAlert>{describeError(remove.error)}</FormAlert> : null}
      onConfirm={() => {
        if (!activity) return;
        remove.mutate(activity.id, {
          onSuccess: () => {
            notify(t('activity.deleted', { name: activity.name }), 'success');
            close(true);
          },
        });
      }}
    />
  );
}
