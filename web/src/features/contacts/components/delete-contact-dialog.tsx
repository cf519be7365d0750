import type { RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Contact } from '../api/contact-schema';
import { useDeleteContact } from '../api/save-contact';

interface DeleteContactDialogProps {
  customerId: number;
  contact: Contact | null;
  /** `deleted`: the row is gone, so the focus cannot go back to its menu. */
  onClose: (deleted: boolean) => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

export function DeleteContactDialog(props: DeleteContactDialogProps) {
  const { customerId, contact, onClose, returnFocusRef } = props;
  const remove = useDeleteContact(customerId);
  return (
    <ConfirmDialog
      open={contact !== null}
      onOpenChange={(open) => {
        if (open) return;
        remove.reset();
        onClose(false);
      }}
      title={t('contact.delete.title', { name: contact?.name ?? '' })}
      body={t('contact.delete.body')}
      confirmLabel={t('contact.delete.confirm')}
      busyLabel={t('contact.delete.deleting')}
      busy={remove.isPending}
      returnFocusRef={returnFocusRef}
      error={remove.isError ? <FormAlert>{describeError(remove.error)}</FormAlert> : null}
      onConfirm={() => {
        if (!contact) return;
        remove.mutate(contact.id, {
          onSuccess: () => {
            notify(t('contact.deleted', { name: contact.name }), 'success');
            remove.reset();
            onClose(true);
          },
        });
      }}
    />
  );
}
