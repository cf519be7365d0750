import type { ReactNode } from 'react';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';
import { AddressesSection } from './addresses-section';
import { ContactsSection } from './contacts-section';

interface ContactsTabProps {
  customerId: number;
  /** Whether the user may change this customer (the card's `actions.canEdit`). */
  canEdit: boolean;
  /** Sections of other features the app adds to the tab (activities), after the contacts. */
  children?: ReactNode;
}

/** The card's "Contacts & addresses" tab. */
export function ContactsTab({ customerId, canEdit, children }: ContactsTabProps) {
  return (
    <TabSection title={t('tabs.contacts')}>
      <AddressesSection customerId={customerId} canEdit={canEdit} />
      <ContactsSection customerId={customerId} canEdit={canEdit} />
      {children}
    </TabSection>
  );
}
