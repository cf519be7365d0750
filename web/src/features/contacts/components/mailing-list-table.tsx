import { Link } from 'react-router-dom';
import { t } from '@/lib/i18n';
import type { MailingListEntry } from '../api/get-mailing-list';

/** Name, email, customer, role and keywords: the columns of the CSV export. */
export function MailingListTable({
  caption,
  contacts,
}: {
  caption: string;
  contacts: MailingListEntry[];
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contact.column.name')}</th>
            <th scope="col">{t('contact.field.email')}</th>
            <th scope="col">{t('contact.field.customer')}</th>
            <th scope="col">{t('contact.field.role')}</th>
            <th scope="col">{t('contact.field.keywords')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">{contact.name}</th>
              <td>
                {contact.email ? (
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                ) : (
                  t('common.none')
                )}
              </td>
              <td>
                <Link to={`/customers/${contact.customerId}/contacts`}>{contact.customerName}</Link>
              </td>
              <td>{contact.roleName ?? t('common.none')}</td>
              <td>
                <ul className="chips">
                  {contact.keywords.map((keyword) => (
                    <li key={keyword.id} className="chip">
                      {keyword.name}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
