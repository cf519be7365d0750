import type { Ref } from 'react';
import {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from '@/components/ui/dropdown-menu';
import { notify } from '@/components/ui/toast';
import { t } from '@/lib/i18n';
import type { CustomerCard } from '../api/get-customer-card';
import { useSetCustomerActive } from '../api/set-customer-active';
import { offersRegistryUpdate } from '../lib/registry-update';

interface CustomerActionsMenuProps {
  card: CustomerCard;
  onShowHistory: () => void;
  onDelete: () => void;
  onUpdateFromRegistry: () => void;
  triggerRef?: Ref<HTMLButtonElement>;
}

/** "⋯": the actions the server allows this user on this customer, and the history. */
export function CustomerActionsMenu(props: CustomerActionsMenuProps) {
  const { card, onShowHistory, onDelete, onUpdateFromRegistry, triggerRef } = props;
  const { customer, actions } = card;
  const setActive = useSetCustomerActive(customer.id);
  return (
    <DropdownMenu
      label={t('card.actions')}
      trigger={<span aria-hidden="true">⋯</span>}
      triggerRef={triggerRef}
    >
      <DropdownMenuItem onSelect={onShowHistory}>{t('card.action.history')}</DropdownMenuItem>
      {offersRegistryUpdate(card) ? (
        <DropdownMenuItem onSelect={onUpdateFromRegistry}>
          {t('registry.action.update')}
        </DropdownMenuItem>
      ) : null}
      {actions.canInactivate && customer.isActive ? (
        <DropdownMenuItem
          onSelect={() =>
            setActive.mutate(
              { change: 'inactivate', version: customer.version },
              { onSuccess: () => notify(t('card.inactivated'), 'success') },
            )
          }
        >
          {t('card.action.inactivate')}
        </DropdownMenuItem>
      ) : null}
      {actions.canReactivate && !customer.isActive ? (
        <DropdownMenuItem
          onSelect={() =>
            setActive.mutate(
              { change: 'reactivate', version: customer.version },
              { onSuccess: () => notify(t('card.reactivated'), 'success') },
            )
          }
        >
          {t('card.action.reactivate')}
        </DropdownMenuItem>
      ) : null}
      {actions.canDelete ? (
        <>
          <DropdownMenuSeparator />
          <DropdownMenuItem tone="danger" onSelect={onDelete}>
            {t('card.action.delete')}
          </DropdownMenuItem>
        </>
      ) : null}
    </DropdownMenu>
  );
}
