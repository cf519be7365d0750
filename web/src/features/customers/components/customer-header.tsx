import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatDateTime, t } from '@/lib/i18n';
import type { CustomerCard } from '../api/get-customer-card';
import { CustomerActionsMenu } from './customer-actions-menu';
import { CustomerDetails } from './customer-details';
import { CustomerHeaderForm } from './customer-header-form';
import { CustomerHistoryDialog } from './customer-history-dialog';
import { DeleteCustomerDialog } from './delete-customer-dialog';
import { RegistryUpdateDialog } from './registry-update-dialog';

/** Name, number, owner and the other header fields; edited in place where the server allows. */
export function CustomerHeader({ card }: { card: CustomerCard }) {
  const { customer, actions } = card;
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [registryOpen, setRegistryOpen] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from editing, the focus returns to the button that started it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButtonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <section className="card-header" aria-labelledby="customer-name">
      <div className="card-header__top">
        <div className="card-header__identity">
          <p className="card-header__number">{t('card.number', { number: customer.number })}</p>
          <h1 id="customer-name" className="card-header__name">
            {customer.name}
          </h1>
          {customer.isActive ? null : (
            <p className="badge badge--inactive">{t('card.inactiveNotice')}</p>
          )}
        </div>
        <div className="card-header__actions">
          {actions.canEdit && !editing ? (
            <Button ref={editButtonRef} onClick={() => setEditing(true)}>
              {t('card.edit')}
            </Button>
          ) : null}
          <CustomerActionsMenu
            card={card}
            onShowHistory={() => setHistoryOpen(true)}
            onDelete={() => setDeleteOpen(true)}
            onUpdateFromRegistry={() => setRegistryOpen(true)}
            triggerRef={menuButtonRef}
          />
        </div>
      </div>
      {editing ? (
        <CustomerHeaderForm customer={customer} onClose={() => setEditing(false)} />
      ) : (
        <CustomerDetails customer={customer} />
      )}
      <p className="card-header__meta">
        <span>
          {t('card.createdBy', {
            name: customer.createdBy?.name ?? t('common.none'),
            at: formatDateTime(customer.createdAt),
          })}
        </span>
        <span>
          {t('card.updatedBy', {
            name: customer.updatedBy?.name ?? t('common.none'),
            at: formatDateTime(customer.updatedAt),
          })}
        </span>
      </p>
      {actions.canEdit ? null : <p className="card-header__readonly">{t('card.readOnly')}</p>}
      <CustomerHistoryDialog
        customerId={customer.id}
        open={historyOpen}
        onOpenChange={setHistoryOpen}
        returnFocusRef={menuButtonRef}
      />
      {registryOpen ? (
        <RegistryUpdateDialog
          customer={customer}
          onClose={() => setRegistryOpen(false)}
          returnFocusRef={menuButtonRef}
        />
      ) : null}
      {actions.canDelete ? (
        <DeleteCustomerDialog
          customer={customer}
          open={deleteOpen}
          onOpenChange={setDeleteOpen}
          returnFocusRef={menuButtonRef}
        />
      ) : null}
    </section>
  );
}
