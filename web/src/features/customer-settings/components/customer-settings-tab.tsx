import { EmptyState } from '@/components/ui/states';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';

/** The card's "Customer settings" tab. Its content arrives with a later release; until then it says so. */
export function CustomerSettingsTab() {
  return (
    <TabSection title={t('tabs.settings')}>
      <EmptyState title={t('customerSettings.emptyTitle')} body={t('customerSettings.emptyBody')} />
    </TabSection>
  );
}
