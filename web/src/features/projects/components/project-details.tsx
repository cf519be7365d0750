import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { formatDate, formatMoney, t } from '@/lib/i18n';
import type { Project } from '../api/project-schema';
import { CardSection } from './card-section';
import { ProjectDetailsForm } from './project-details-form';

/** The project's fields, shown as a list and edited in place. */
export function ProjectDetails({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('project.field.owner'), project.ownerName ?? none],
    [t('project.field.salesPerson'), project.salesPersonName ?? none],
    [
      t('project.field.expectedValue'),
      project.expectedValue
        ? formatMoney(project.expectedValue.amount, project.expectedValue.currency)
        : none,
    ],
    [t('project.field.probability'), `${project.probability} %`],
    [t('project.field.expectedOrderDate'), formatDate(project.expectedOrderDate) || none],
    [t('project.field.startDate'), formatDate(project.startDate) || none],
    [t('project.field.deadline'), formatDate(project.deadline) || none],
    [t('project.field.closedDate'), formatDate(project.closedDate) || none],
  ];
  return (
    <CardSection
      title={t('project.section.details')}
      actions={
        canEdit && !editing ? (
          <Button onClick={() => setEditing(true)}>{t('project.editDetails')}</Button>
        ) : null
      }
    >
      {editing ? (
        <ProjectDetailsForm project={project} onClose={() => setEditing(false)} />
      ) : (
        <>
          <dl className="details">
            {rows.map(([label, value]) => (
              <div key={label} className="details__item">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {project.description ? (
            <p className="project-description">{project.description}</p>
          ) : null}
        </>
      )}
    </CardSection>
  );
}
