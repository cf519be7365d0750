import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { useSalesStatusOptions } from '../api/get-pickers';
import type { Project, ProjectState } from '../api/project-schema';
import { useSetProjectOpen, useUpdateProject } from '../api/update-project';

export const stateLabels: Record<ProjectState, MessageKey> = {
  sales: 'project.state.sales',
  open: 'project.state.open',
  closed: 'project.state.closed',
};

/** Number, name, customer, state and sales status; changing the status and closing/reopening. */
export function ProjectHeader({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const statuses = useSalesStatusOptions();
  const update = useUpdateProject(project.id);
  const setOpen = useSetProjectOpen(project.id);
  const [statusId, setStatusId] = useState(String(project.salesStatusId));
  const [seenStatus, setSeenStatus] = useState(project.salesStatusId);
  if (seenStatus !== project.salesStatusId) {
    setSeenStatus(project.salesStatusId);
    setStatusId(String(project.salesStatusId));
  }
  const options = (statuses.data ?? []).filter(
    (status) => status.isActive || status.id === project.salesStatusId,
  );

  function changeStatus() {
    update.mutate(
      { salesStatusId: Number(statusId), version: project.version },
      {
        onSuccess: (saved) =>
          notify(
            t('project.statusChanged', {
              status: saved.salesStatusName,
              state: t(stateLabels[saved.state]),
            }),
            'success',
          ),
        onError: (error) => notify(describeError(error), 'error'),
      },
    );
  }

  function toggleOpen() {
    const change = project.state === 'closed' ? 'reopen' : 'close';
    setOpen.mutate(
      { change, version: project.version },
      {
        onSuccess: () =>
          notify(change === 'close' ? t('project.closed') : t('project.reopened'), 'success'),
      },
    );
  }

  return (
    <section className="card-header" aria-labelledby="project-name">
      <div className="card-header__top">
        <div className="card-header__identity">
          <p className="card-header__number">{t('project.number', { number: project.number })}</p>
          <h1 id="project-name" className="card-header__name">
            {project.name}
          </h1>
          <p>
            <Link to={`/customers/${project.customerId}/sales`}>{project.customerName}</Link>
          </p>
        </div>
        <div className="card-header__actions">
          {canEdit ? (
            <Button onClick={toggleOpen} disabled={setOpen.isPending}>
              {project.state === 'closed' ? t('project.reopen') : t('project.close')}
            </Button>
          ) : null}
        </div>
      </div>
      <dl className="details" aria-label={t('project.summary')}>
        <div className="details__item">
          <dt>{t('project.field.state')}</dt>
          <dd data-testid="project-state">{t(stateLabels[project.state])}</dd>
        </div>
        <div className="details__item">
          <dt>{t('project.field.salesStatus')}</dt>
          <dd data-testid="project-status">{project.salesStatusName}</dd>
        </div>
        <div className="details__item">
          <dt>{t('project.field.probability')}</dt>
          <dd data-testid="project-probability">{`${project.probability} %`}</dd>
        </div>
      </dl>
      {canEdit ? (
        <div className="status-change">
          <SelectField
            label={t('project.changeStatusLabel')}
            name="salesStatus"
            value={statusId}
            onChange={(event) => setStatusId(event.target.value)}
            disabled={update.isPending}
          >
            {options.map((status) => (
              <option key={status.id} value={String(status.id)}>
                {status.name}
              </option>
            ))}
          </SelectField>
          <Button
            onClick={changeStatus}
            disabled={update.isPending || statusId === String(project.salesStatusId)}
          >
            {t('project.changeStatus')}
          </Button>
        </div>
      ) : (
        <p className="card-header__readonly">{t('project.readOnly')}</p>
      )}
      {setOpen.isError ? (
        <p className="form-alert" role="alert">
          {describeError(setOpen.error)}
        </p>
      ) : null}
      <p className="card-header__meta">
        <span>
          {t('card.createdBy', {
            name: project.createdBy?.name ?? t('common.none'),
            at: formatDateTime(project.createdAt),
          })}
        </span>
        <span>
          {t('card.updatedBy', {
            name: project.updatedBy?.name ?? t('common.none'),
            at: formatDateTime(project.updatedAt),
          })}
        </span>
      </p>
    </section>
  );
}
