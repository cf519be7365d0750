import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { Customer } from '../api/customer-schema';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd>{children ?? t('common.none')}</dd>
    </div>
  );
}

/** The header's fields, read-only. */
export function CustomerDetails({ customer }: { customer: Customer }) {
  return (
    <dl className="details" aria-label={t('card.details')}>
      <Detail label={t('customer.field.accountOwner')}>{customer.accountOwnerName}</Detail>
      <Detail label={t('customer.field.vatNumber')}>{customer.vatNumber}</Detail>
      <Detail label={t('customer.field.country')}>{customer.country}</Detail>
      <Detail label={t('customer.field.email')}>
        {customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : null}
      </Detail>
      <Detail label={t('customer.field.website')}>
        {customer.website ? (
          <a href={customer.website} target="_blank" rel="noreferrer noopener">
            {customer.website}
          </a>
        ) : null}
      </Detail>
      <Detail label={t('customer.field.phone')}>
        {customer.phone ? (
          <a href={`tel:${customer.phone.replace(/\s+/g, '')}`}>{customer.phone}</a>
        ) : null}
      </Detail>
      <Detail label={t('customer.field.industry')}>{customer.industry}</Detail>
    </dl>
  );
}
