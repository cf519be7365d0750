import { EmptyState } from '@/components/ui/states';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';

/** The card's "Collaboration" tab. Its content arrives with a later release; until then it says so. */
export function CollaborationTab() {
  return (
    <TabSection title={t('tabs.collaboration')}>
      <EmptyState title={t('collaboration.emptyTitle')} body={t('collaboration.emptyBody')} />
    </TabSection>
  );
}
