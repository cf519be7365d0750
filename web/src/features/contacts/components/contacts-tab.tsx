import { EmptyState } from '@/components/ui/states';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';

/** The card's "Contacts & addresses" tab. Its content arrives with a later release; until then it says so. */
export function ContactsTab() {
  return (
    <TabSection title={t('tabs.contacts')}>
      <EmptyState title={t('contacts.emptyTitle')} body={t('contacts.emptyBody')} />
    </TabSection>
  );
}
