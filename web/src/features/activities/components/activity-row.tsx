import { Link } from 'react-router-dom';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { t } from '@/lib/i18n';
import type { Activity, Participant } from '../api/activity-schema';
import { formatWhen, isOverdue } from '../lib/activity-format';

interface ActivityRowProps {
  activity: Activity;
  now: Date;
  canEdit: boolean;
  /** On the customer card each row links to its project; on the project card it would repeat it. */
  showProject: boolean;
  onToggleDone: (activity: Activity, isDone: boolean) => void;
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
  menuRef: (id: number, element: HTMLButtonElement | null) => void;
}

function participantName(participant: Participant): string {
  if (participant.deleted || participant.id === null) return t('activity.deletedContact');
  return participant.name ?? t('common.none');
}

/** One activity: done checkbox, type, name, when, where, who, project and its ⋯ menu. */
export function ActivityRow(props: ActivityRowProps) {
  const { activity, now, canEdit, showProject, onToggleDone, onEdit, onDelete, menuRef } = props;
  const overdue = isOverdue(activity, now);
  return (
    <tr className={overdue ? 'activity-row activity-row--overdue' : 'activity-row'}>
      <td className="activity-row__done">
        <input
          type="checkbox"
          checked={activity.isDone}
          disabled={!canEdit}
          aria-label={t('activity.done.label', { name: activity.name })}
          onChange={(event) => onToggleDone(activity, event.target.checked)}
        />
      </td>
      <td className="activity-type">
        <span className={`activity-kind activity-kind--${activity.kind}`} aria-hidden="true" />
        {activity.type.name}
      </td>
      <th scope="row" className="activity-row__name">
        {activity.name}
      </th>
      <td>
        {formatWhen(activity)}
        {overdue ? <span className="badge badge--overdue">{t('activity.overdue')}</span> : null}
      </td>
      <td>{activity.location ?? t('common.none')}</td>
      <td>{activity.owner?.name ?? t('common.none')}</td>
      <td>
        {activity.participants.length === 0 ? (
          t('common.none')
        ) : (
          <ul className="activity-participants">
            {activity.participants.map((participant, index) => (
              <li
                key={`${participant.type}-${participant.id ?? `deleted-${index}`}`}
                className={participant.deleted ? 'activity-participants__deleted' : undefined}
              >
                {participantName(participant)}
              </li>
            ))}
          </ul>
        )}
      </td>
      {showProject ? (
        <td>
          {activity.project ? (
            <Link to={`/projects/${activity.project.id}`}>
              {t('activity.projectLink', {
                number: activity.project.number,
                name: activity.project.name,
              })}
            </Link>
          ) : (
            t('common.none')
          )}
        </td>
      ) : null}
      {canEdit ? (
        <td className="table__actions">
          <DropdownMenu
            label={t('activity.actions', { name: activity.name })}
            trigger={<span aria-hidden="true">⋯</span>}
            triggerRef={(element) => menuRef(activity.id, element)}
          >
            <DropdownMenuItem onSelect={() => onEdit(activity)}>
              {t('common.edit')}
            </DropdownMenuItem>
            <DropdownMenuItem tone="danger" onSelect={() => onDelete(activity)}>
              {t('activity.delete')}
            </DropdownMenuItem>
          </DropdownMenu>
        </td>
      ) : null}
    </tr>
  );
}
