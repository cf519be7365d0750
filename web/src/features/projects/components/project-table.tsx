import { Link } from 'react-router-dom';
import { formatDate, formatMoney, t } from '@/lib/i18n';
import type { Project } from '../api/project-schema';
import { stateLabels } from './project-header';

/** The loaded projects and sales cases; the name links to the card. */
export function ProjectTable({ projects }: { projects: Project[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('projects.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project.field.number')}</th>
            <th scope="col">{t('project.field.name')}</th>
            <th scope="col">{t('project.field.customer')}</th>
            <th scope="col">{t('project.field.salesStatus')}</th>
            <th scope="col">{t('project.field.state')}</th>
            <th scope="col">{t('project.field.owner')}</th>
            <th scope="col">{t('project.field.expectedValue')}</th>
            <th scope="col">{t('project.field.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <td className="table__number">{project.number}</td>
              <td>
                <Link to={`/projects/${project.id}`}>{project.name}</Link>
              </td>
              <td>{project.customerName}</td>
              <td>{project.salesStatusName}</td>
              <td>{t(stateLabels[project.state])}</td>
              <td>{project.ownerName ?? t('common.none')}</td>
              <td className="table__number">
                {project.expectedValue
                  ? formatMoney(project.expectedValue.amount, project.expectedValue.currency)
                  : t('common.none')}
              </td>
              <td>{formatDate(project.deadline) || t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
