import { EmptyState } from '@/components/ui/states';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';

/** The card's "Sales & projects" tab. Its content arrives with a later release; until then it says so. */
export function SalesTab() {
  return (
    <TabSection title={t('tabs.sales')}>
      <EmptyState title={t('sales.emptyTitle')} body={t('sales.emptyBody')} />
    </TabSection>
  );
}
