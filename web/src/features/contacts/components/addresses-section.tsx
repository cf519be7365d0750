import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { t } from '@/lib/i18n';
import type { Address } from '../api/address-schema';
import { useAddresses } from '../api/get-addresses';
import { useMakeHeadquarters } from '../api/save-address';
import { headquartersFirst } from '../lib/address-form';
import { AddressDialog } from './address-dialog';
import { AddressItem } from './address-item';
import { DeleteAddressDialog } from './delete-address-dialog';

interface AddressesSectionProps {
  customerId: number;
  canEdit: boolean;
}

type Editing = { kind: 'new' } | { kind: 'edit'; address: Address } | null;

/** The customer's addresses, the headquarters first; add, edit, move the headquarters, delete. */
export function AddressesSection({ customerId, canEdit }: AddressesSectionProps) {
  const addresses = useAddresses(customerId);
  const makeHeadquarters = useMakeHeadquarters(customerId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Address | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // The menu that opened a dialog is gone once the dialog closes: the focus goes back to it.
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current() {
      return focusTarget === null
        ? addButtonRef.current
        : (menuRefs.current.get(focusTarget) ?? addButtonRef.current);
    },
  };

  const list = headquartersFirst(addresses.data ?? []);
  return (
    <section className="subsection" aria-labelledby="addresses-title">
      <div className="subsection__header">
        <h3 id="addresses-title" className="subsection__title">
          {t('address.section')}
        </h3>
        {canEdit ? (
          <Button
            ref={addButtonRef}
            onClick={() => {
              setFocusTarget(null);
              setEditing({ kind: 'new' });
            }}
          >
            {t('address.add')}
          </Button>
        ) : null}
      </div>
      {addresses.isPending ? <LoadingState label={t('address.loading')} /> : null}
      {addresses.isError ? (
        <ErrorState
          title={t('address.error')}
          error={addresses.error}
          onRetry={() => void addresses.refetch()}
        />
      ) : null}
      {addresses.data && list.length === 0 ? (
        <EmptyState
          title={t('address.emptyTitle')}
          body={canEdit ? t('address.emptyBody') : undefined}
        />
      ) : null}
      {list.length > 0 ? (
        <ul className="address-list" aria-label={t('address.listLabel')}>
          {list.map((address) => (
            <AddressItem
              key={address.id}
              address={address}
              canEdit={canEdit}
              menuRef={(element) => {
                if (element) menuRefs.current.set(address.id, element);
                else menuRefs.current.delete(address.id);
              }}
              onEdit={() => {
                setFocusTarget(address.id);
                setEditing({ kind: 'edit', address });
              }}
              onMakeHeadquarters={() =>
                makeHeadquarters.mutate(
                  { id: address.id, version: address.version },
                  { onSuccess: () => notify(t('address.headquartersMoved'), 'success') },
                )
              }
              onDelete={() => {
                setFocusTarget(address.id);
                setDeleting(address);
              }}
            />
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <>
          <AddressDialog
            customerId={customerId}
            address={editing?.kind === 'edit' ? editing.address : null}
            open={editing !== null}
            onOpenChange={(open) => {
              if (!open) setEditing(null);
            }}
            isFirst={list.length === 0}
            returnFocusRef={returnFocusRef}
          />
          <DeleteAddressDialog
            customerId={customerId}
            address={deleting}
            hasOthers={list.length > 1}
            onClose={(deleted) => {
              if (deleted) setFocusTarget(null);
              setDeleting(null);
            }}
            returnFocusRef={returnFocusRef}
          />
        </>
      ) : null}
    </section>
  );
}
