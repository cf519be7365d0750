import { EmptyState } from '@/components/ui/states';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';

/** The card's "Financials" tab. Its content arrives with a later release; until then it says so. */
export function FinancialsTab() {
  return (
    <TabSection title={t('tabs.financials')}>
      <EmptyState title={t('financials.emptyTitle')} body={t('financials.emptyBody')} />
    </TabSection>
  );
}
