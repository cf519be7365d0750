import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { TabSection } from '@/components/ui/tab-section';
import { t } from '@/lib/i18n';
import { useCustomerProjects } from '../api/customer-projects';
import { PipelineTotals } from './pipeline-totals';
import { ProjectGroupTable } from './project-group';

export type NewProjectKind = 'sales' | 'open';

export interface NewProjectDialogSlotProps {
  customerId: number;
  kind: NewProjectKind;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

interface SalesTabProps {
  /** Kinds this user may create (sales edit → sales case, projects edit → project). */
  canCreate: Record<NewProjectKind, boolean>;
  /** The create dialog, from the projects feature (the app composes features). */
  renderNewDialog: (props: NewProjectDialogSlotProps) => ReactNode;
}

/** The card's "Sales & projects" tab: open and closed groups, totals per currency, create. */
export function SalesTab({ canCreate, renderNewDialog }: SalesTabProps) {
  const { customerId } = useParams();
  const id = Number(customerId);
  const groups = useCustomerProjects(id);
  const [creating, setCreating] = useState<NewProjectKind | null>(null);

  const actions = (
    <div className="tab-section__actions">
      {canCreate.sales ? (
        <Button variant="primary" onClick={() => setCreating('sales')}>
          {t('sales.newSalesCase')}
        </Button>
      ) : null}
      {canCreate.open ? (
        <Button onClick={() => setCreating('open')}>{t('sales.newProject')}</Button>
      ) : null}
    </div>
  );

  let body: ReactNode;
  if (groups.isPending) body = <LoadingState label={t('sales.loading')} />;
  else if (groups.isError)
    body = (
      <ErrorState
        title={t('sales.error')}
        error={groups.error}
        onRetry={() => void groups.refetch()}
      />
    );
  else if (groups.data.open.items.length === 0 && groups.data.closed.items.length === 0)
    body = <EmptyState title={t('sales.emptyTitle')} body={t('sales.emptyBody')} />;
  else
    body = (
      <>
        <PipelineTotals totals={groups.data.totals} />
        <ProjectGroupTable customerId={id} group="open" page={groups.data.open} />
        <ProjectGroupTable customerId={id} group="closed" page={groups.data.closed} />
      </>
    );

  return (
    <TabSection title={t('tabs.sales')}>
      {actions}
      {body}
      {creating
        ? renderNewDialog({
            customerId: id,
            kind: creating,
            open: true,
            onOpenChange: (open) => (open ? null : setCreating(null)),
          })
        : null}
    </TabSection>
  );
}
