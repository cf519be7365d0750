import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';
import { AddressesSection } from './addresses-section';
import { ContactsSection } from './contacts-section';

interface ContactsTabProps {
  customerId: number;
  /** Whether the user may change this customer (the card's `actions.canEdit`). */
  canEdit: boolean;
}

/** The card's "Contacts & addresses" tab. */
export function ContactsTab({ customerId, canEdit }: ContactsTabProps) {
  return (
    <TabSection title={t('tabs.contacts')}>
      <AddressesSection customerId={customerId} canEdit={canEdit} />
      <ContactsSection customerId={customerId} canEdit={canEdit} />
    </TabSection>
  );
}
