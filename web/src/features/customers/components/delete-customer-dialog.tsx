import type { RefObject } from 'react';
import { useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Customer } from '../api/customer-schema';
import { useDeleteCustomer } from '../api/delete-customer';

interface DeleteCustomerDialogProps {
  customer: Customer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

export function DeleteCustomerDialog(props: DeleteCustomerDialogProps) {
  const { customer, open, onOpenChange, returnFocusRef } = props;
  const navigate = useNavigate();
  const remove = useDeleteCustomer(customer.id);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset();
        onOpenChange(next);
      }}
      title={t('card.delete.title', { name: customer.name })}
      body={t('card.delete.body')}
      confirmLabel={t('card.delete.confirm')}
      busyLabel={t('card.delete.deleting')}
      busy={remove.isPending}
      returnFocusRef={returnFocusRef}
      error={remove.isError ? <FormAlert>{describeError(remove.error)}</FormAlert> : null}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notify(t('card.deleted', { name: customer.name }), 'success');
            navigate('/customers', { replace: true });
          },
        })
      }
    />
  );
}
