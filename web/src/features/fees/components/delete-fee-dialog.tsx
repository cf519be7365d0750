import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Fee } from '../api/fee-schema';
import { useDeleteFee } from '../api/save-fee';

/** Asks before deleting a fee or cost; an invoiced one cannot go (409). */
export function DeleteFeeDialog({
  projectId,
  fee,
  onClose,
}: {
  projectId: number;
  fee: Fee | null;
  onClose: () => void;
}) {
  const remove = useDeleteFee(projectId);
  const locked = isApiError(remove.error) && remove.error.status === 409;
  function close() {
    remove.reset();
    onClose();
  }
  return (
    <ConfirmDialog
      open={fee !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={t('fees.delete.title', { name: fee?.description ?? '' })}
      body={t('fees.delete.body')}
      confirmLabel={t('fees.delete.confirm')}
      busyLabel={t('fees.delete.deleting')}
      busy={remove.isPending}
      error={
        remove.isError ? (
          <FormAlert>
            {locked
              ? t('fees.delete.locked', { message: remove.error.message })
              : describeError(remove.error)}
          </FormAlert>
        ) : null
      }
      onConfirm={() => {
        if (!fee) return;
        remove.mutate(fee.id, {
          onSuccess: () => {
            notify(t('fees.deleted', { name: fee.description }), 'success');
            close();
          },
        });
      }}
    />
  );
}
