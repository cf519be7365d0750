import {
  DropdownMenu,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from '@/components/ui/dropdown-menu';
import { t } from '@/lib/i18n';
import type { ListItem } from '../api/list-item-schema';

interface ListItemTableProps {
  caption: string;
  items: ListItem[];
  onRename: (item: ListItem) => void;
  onToggleActive: (item: ListItem) => void;
  onDelete: (item: ListItem) => void;
  menuRef: (id: number, element: HTMLButtonElement | null) => void;
}

/** Name, state and usage count of each item, with its ⋯ menu. */
export function ListItemTable(props: ListItemTableProps) {
  const { caption, items, onRename, onToggleActive, onDelete, menuRef } = props;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.column.name')}</th>
            <th scope="col">{t('settings.column.state')}</th>
            <th scope="col" className="table__number">
              {t('settings.column.usage')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('settings.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.isActive ? undefined : 'row--inactive'}>
              <th scope="row">{item.name}</th>
              <td>{item.isActive ? t('settings.state.active') : t('settings.state.disabled')}</td>
              <td className="table__number">{item.usageCount}</td>
              <td className="table__actions">
                <DropdownMenu
                  label={t('settings.actions', { name: item.name })}
                  trigger={<span aria-hidden="true">⋯</span>}
                  triggerRef={(element) => menuRef(item.id, element)}
                >
                  <DropdownMenuItem onSelect={() => onRename(item)}>
                    {t('settings.action.rename')}
                  </DropdownMenuItem>
                  <DropdownMenuItem onSelect={() => onToggleActive(item)}>
                    {item.isActive ? t('settings.action.disable') : t('settings.action.enable')}
                  </DropdownMenuItem>
                  <DropdownMenuSeparator />
                  <DropdownMenuItem tone="danger" onSelect={() => onDelete(item)}>
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
