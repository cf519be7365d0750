import { Link } from 'react-router-dom';
import { t } from '@/lib/i18n';
import type { Customer } from '../api/customer-schema';
import { usePrefetchCustomerCard } from '../api/get-customer-card';

/** The loaded customers; the name links to the card. */
export function CustomerTable({ customers }: { customers: Customer[] }) {
  const prefetch = usePrefetchCustomerCard();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('customers.list.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('customer.field.number')}</th>
            <th scope="col">{t('customer.field.name')}</th>
            <th scope="col">{t('customer.field.accountOwner')}</th>
            <th scope="col">{t('customer.field.vatNumber')}</th>
            <th scope="col">{t('customer.field.country')}</th>
            <th scope="col">{t('customer.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.id}>
              <td className="table__number">{customer.number}</td>
              <td>
                <Link
                  to={`/customers/${customer.id}`}
                  onMouseEnter={() => prefetch(customer.id)}
                  onFocus={() => prefetch(customer.id)}
                >
                  {customer.name}
                </Link>
              </td>
              <td>{customer.accountOwnerName ?? t('common.none')}</td>
              <td>{customer.vatNumber ?? t('common.none')}</td>
              <td>{customer.country ?? t('common.none')}</td>
              <td>
                {customer.isActive ? t('customer.status.active') : t('customer.status.inactive')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
