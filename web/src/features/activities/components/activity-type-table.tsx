import {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from '@/components/ui/dropdown-menu';
import { t } from '@/lib/i18n';
import type { ActivityType } from '../api/activity-schema';

interface ActivityTypeTableProps {
  caption: string;
  types: ActivityType[];
  onRename: (type: ActivityType) => void;
  onToggleActive: (type: ActivityType) => void;
  onDelete: (type: ActivityType) => void;
  menuRef: (id: number, element: HTMLButtonElement | null) => void;
}

export const kindLabels = {
  todo: 'activity.kind.todo',
  calendar: 'activity.kind.calendar',
} as const;

/** Kind, name, state and usage of each type (the server orders them by kind, then name). */
export function ActivityTypeTable(props: ActivityTypeTableProps) {
  const { caption, types, onRename, onToggleActive, onDelete, menuRef } = props;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activityTypes.column.kind')}</th>
            <th scope="col">{t('settings.column.name')}</th>
            <th scope="col">{t('settings.column.state')}</th>
            <th scope="col" className="table__number">
              {t('activityTypes.column.usage')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('settings.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type.id} className={type.active ? undefined : 'row--inactive'}>
              <td>{t(kindLabels[type.kind])}</td>
              <th scope="row">{type.name}</th>
              <td>{type.active ? t('settings.state.active') : t('settings.state.disabled')}</td>
              <td className="table__number">{type.usageCount}</td>
              <td className="table__actions">
                <DropdownMenu
                  label={t('settings.actions', { name: type.name })}
                  trigger={<span aria-hidden="true">⋯</span>}
                  triggerRef={(element) => menuRef(type.id, element)}
                >
                  <DropdownMenuItem onSelect={() => onRename(type)}>
                    {t('settings.action.rename')}
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => onToggleActive(type)}>
                    {type.active ? t('settings.action.disable') : t('settings.action.enable')}
                  </DropdownMenuItem>
                  <DropdownMenuSeparator />
                  <DropdownMenuItem tone="danger" onSelect={() => onDelete(type)}>
                    {t('settings.action.delete')}
                  </DropdownMenuItem>
                </DropdownMenu>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
