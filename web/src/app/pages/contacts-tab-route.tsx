import { lazy } from 'react';
import { useParams } from 'react-router-dom';
import { useSession } from '@/features/auth/components/session-context';
import { useCustomerCard } from '@/features/customers/api/get-customer-card';
import { ActivitiesSlot } from './activities-slot';
import { CustomerRecords } from './card-records';

const ContactsTab = lazy(() =>
  import('@/features/contacts/components/contacts-tab').then((m) => ({ default: m.ContactsTab })),
);

/**
 * Joins the card (customers) and its first tab (contacts, with the activities section): the tab
 * learns from the card whether the user may change this customer. Edit controls appear once the
 * card has said so; the lists load meanwhile.
 */
export function ContactsTabRoute() {
  const { customerId } = useParams();
  const { user } = useSession();
  const id = Number(customerId);
  const card = useCustomerCard(id);
  const canEdit = card.data?.actions.canEdit ?? false;
  return (
    <ContactsTab customerId={id} canEdit={canEdit}>
      <ActivitiesSlot
        scope={{ kind: 'customer', id }}
        customerId={id}
        userId={user.id}
        canEdit={canEdit}
        layout="tab"
      />
      <CustomerRecords customerId={id} canEdit={canEdit} />
    </ContactsTab>
  );
}
