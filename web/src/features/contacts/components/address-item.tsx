import type { Ref } from 'react';
import {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from '@/components/ui/dropdown-menu';
import { t } from '@/lib/i18n';
import type { Address } from '../api/address-schema';
import { addressSummary, useLabels } from '../lib/address-form';

interface AddressItemProps {
  address: Address;
  canEdit: boolean;
  onEdit: () => void;
  onMakeHeadquarters: () => void;
  onDelete: () => void;
  menuRef?: Ref<HTMLButtonElement>;
}

/** One address as a card: the headquarters is marked; the ⋯ menu has what the user may do. */
export function AddressItem(props: AddressItemProps) {
  const { address, canEdit, onEdit, onMakeHeadquarters, onDelete, menuRef } = props;
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  const summary = addressSummary(address);
  return (
    <li className={`address${address.isHeadquarters ? ' address--headquarters' : ''}`}>
      <div className="address__top">
        {address.isHeadquarters ? (
          <span className="badge badge--headquarters">{t('address.headquarters')}</span>
        ) : (
          <span />
        )}
        {canEdit ? (
          <DropdownMenu
            label={t('address.actions', { name: summary })}
            trigger={<span aria-hidden="true">⋯</span>}
            triggerRef={menuRef}
          >
            <DropdownMenuItem onSelect={onEdit}>{t('address.action.edit')}</DropdownMenuItem>
            {address.isHeadquarters ? null : (
              <DropdownMenuItem onSelect={onMakeHeadquarters}>
                {t('address.action.makeHeadquarters')}
              </DropdownMenuItem>
            )}
            <DropdownMenuSeparator />
            <DropdownMenuItem tone="danger" onSelect={onDelete}>
              {t('address.action.delete')}
            </DropdownMenuItem>
          </DropdownMenu>
        ) : null}
      </div>
      <address className="address__lines">
        {address.street.map((line, index) => (
          <span key={index}>{line}</span>
        ))}
        {place ? <span>{place}</span> : null}
        {address.region ? <span>{address.region}</span> : null}
        {address.country ? <span>{address.country}</span> : null}
      </address>
      {address.phone ? (
        <p className="address__meta">
          <span className="address__label">{t('address.field.phone')}</span>{' '}
          <a href={`tel:${address.phone.replace(/\s+/g, '')}`}>{address.phone}</a>
        </p>
      ) : null}
      {address.uses.length > 0 ? (
        <p className="address__meta">
          {t('address.usedFor', { uses: address.uses.map((use) => t(useLabels[use])).join(', ') })}
        </p>
      ) : null}
    </li>
  );
}
