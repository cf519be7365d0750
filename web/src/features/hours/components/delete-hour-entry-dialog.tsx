import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { formatMinutesAsHours } from '@/lib/hours';
import { formatDate, t } from '@/lib/i18n';
import { useDeleteHourEntry } from '../api/edit-hour-entry';
import type { HourEntry } from '../api/hour-schema';

/** Asks before deleting an hour entry; one invoiced in the meantime cannot go (409). */
export function DeleteHourEntryDialog(props: {
  projectId: number;
  entry: HourEntry | null;
  onClose: () => void;
}) {
  const { projectId, entry, onClose } = props;
  const remove = useDeleteHourEntry(projectId);
  const locked = isApiError(remove.error) && remove.error.status === 409;
  const what = entry
    ? t('entryDelete.what', {
        hours: formatMinutesAsHours(entry.minutes),
        user: entry.userName ?? String(entry.userId),
        date: formatDate(entry.date),
      })
    : '';
  function close() {
    remove.reset();
    onClose();
  }
  return (
    <ConfirmDialog
      open={entry !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={t('entryDelete.title', { what })}
      body={t('entryDelete.body')}
      confirmLabel={t('entryDelete.confirm')}
      busyLabel={t('entryDelete.deleting')}
      busy={remove.isPending}
      error={
        remove.isError ? (
          <FormAlert>
            {locked
              ? t('entryDelete.locked', { message: remove.error.message })
              : describeError(remove.error)}
          </FormAlert>
        ) : null
      }
      onConfirm={() => {
        if (!entry) return;
        remove.mutate(entry.id, {
          onSuccess: () => {
            notify(t('entryDelete.done', { what }), 'success');
            close();
          },
        });
      }}
    />
  );
}
