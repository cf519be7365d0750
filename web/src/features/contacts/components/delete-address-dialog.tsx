import type { RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Address } from '../api/address-schema';
import { useDeleteAddress } from '../api/save-address';
import { addressSummary } from '../lib/address-form';

interface DeleteAddressDialogProps {
  customerId: number;
  address: Address | null;
  /** Whether other addresses remain (then the headquarters cannot go first). */
  hasOthers: boolean;
  /** `deleted`: the row is gone, so the focus cannot go back to its menu. */
  onClose: (deleted: boolean) => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** Asks before deleting; the headquarters' refusal (409) says what to do instead. */
export function DeleteAddressDialog(props: DeleteAddressDialogProps) {
  const { customerId, address, hasOthers, onClose, returnFocusRef } = props;
  const remove = useDeleteAddress(customerId);
  const refusedAsHeadquarters = isApiError(remove.error) && remove.error.status === 409;
  const blocked = address?.isHeadquarters === true && hasOthers;
  return (
    <ConfirmDialog
      open={address !== null}
      onOpenChange={(open) => {
        if (open) return;
        remove.reset();
        onClose(false);
      }}
      title={t('address.delete.title', { name: address ? addressSummary(address) : '' })}
      body={blocked ? t('address.delete.headquartersBody') : t('address.delete.body')}
      confirmLabel={t('address.delete.confirm')}
      busyLabel={t('address.delete.deleting')}
      busy={remove.isPending}
      returnFocusRef={returnFocusRef}
      error={
        remove.isError ? (
          <FormAlert>
            {refusedAsHeadquarters ? remove.error.message : describeError(remove.error)}
          </FormAlert>
        ) : null
      }
      onConfirm={() => {
        if (!address) return;
        remove.mutate(address.id, {
          onSuccess: () => {
            notify(t('address.deleted'), 'success');
            remove.reset();
            onClose(true);
          },
        });
      }}
    />
  );
}
