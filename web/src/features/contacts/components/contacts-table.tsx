import type { Address } from '../api/address-schema';
import type { Contact } from '../api/contact-schema';
import { t } from '@/lib/i18n';
import { addressSummary } from '../lib/address-form';
import { ContactActionsMenu } from './contact-actions-menu';

interface ContactsTableProps {
  contacts: Contact[];
  addresses: Address[];
  canEdit: boolean;
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
  menuRef: (id: number, element: HTMLButtonElement | null) => void;
}

function Phone({ label, phone }: { label: 'contact.mobile' | 'contact.work'; phone: string }) {
  return (
    <span className="phone">
      {t(label)} <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>
    </span>
  );
}

/** The loaded contacts; inactive ones greyed out and labelled. */
export function ContactsTable(props: ContactsTableProps) {
  const { contacts, addresses, canEdit, onEdit, onDelete, menuRef } = props;
  const addressById = new Map(addresses.map((address) => [address.id, address]));
  return (
    <div className="table-wrap">
      <table className="table contacts-table">
        <caption className="visually-hidden">{t('contact.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contact.column.name')}</th>
            <th scope="col">{t('contact.field.title')}</th>
            <th scope="col">{t('contact.field.role')}</th>
            <th scope="col">{t('contact.field.keywords')}</th>
            <th scope="col">{t('contact.field.email')}</th>
            <th scope="col">{t('contact.column.phones')}</th>
            <th scope="col">{t('contact.field.address')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('contact.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => {
            const address = contact.addressId ? addressById.get(contact.addressId) : undefined;
            return (
              <tr key={contact.id} className={contact.isActive ? undefined : 'row--inactive'}>
                <th scope="row" className="contacts-table__name">
                  {contact.name}
                  {contact.isActive ? null : (
                    <span className="badge badge--inactive-row">{t('contact.inactive')}</span>
                  )}
                </th>
                <td>{contact.title ?? t('common.none')}</td>
                <td>{contact.roleName ?? t('common.none')}</td>
                <td>
                  {contact.keywords.length > 0 ? (
                    <ul className="chips">
                      {contact.keywords.map((keyword) => (
                        <li key={keyword.id} className="chip">
                          {keyword.name}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('common.none')
                  )}
                </td>
                <td>
                  {contact.email ? (
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  ) : (
                    t('common.none')
                  )}
                </td>
                <td>
                  {contact.mobilePhone ? (
                    <Phone label="contact.mobile" phone={contact.mobilePhone} />
                  ) : null}
                  {contact.workPhone ? (
                    <Phone label="contact.work" phone={contact.workPhone} />
                  ) : null}
                  {!contact.mobilePhone && !contact.workPhone ? t('common.none') : null}
                </td>
                <td>{address ? addressSummary(address) : t('common.none')}</td>
                <td className="table__actions">
                  <ContactActionsMenu
                    contact={contact}
                    canEdit={canEdit}
                    onEdit={() => onEdit(contact)}
                    onDelete={() => onDelete(contact)}
                    triggerRef={(element) => menuRef(contact.id, element)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
