import { useParams } from 'react-router-dom';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';
import { BoardPanel } from './board-panel';

/**
 * The card's "Collaboration" tab: every task of the customer's projects on one Kanban board.
 * Activities, notes and files join it with their own issues.
 */
export function CollaborationTab({ canEdit }: { canEdit: boolean }) {
  const { customerId } = useParams();
  return (
    <TabSection title={t('tabs.collaboration')}>
      <BoardPanel source={{ kind: 'customer', id: Number(customerId) }} canEdit={canEdit} />
    </TabSection>
  );
}

/** The project card's Tasks section: the same board, for one project. */
export function ProjectTasks({ projectId, canEdit }: { projectId: number; canEdit: boolean }) {
  return (
    <TabSection title={t('board.projectTasks')}>
      <BoardPanel source={{ kind: 'project', id: projectId }} canEdit={canEdit} />
    </TabSection>
  );
}
