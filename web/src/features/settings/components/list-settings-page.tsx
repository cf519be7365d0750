import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { t, type MessageKey } from '@/lib/i18n';
import { useListItems, useUpdateListItem } from '../api/list-items';
import type { ListItem, SettingsList } from '../api/list-item-schema';
import { DeleteItemDialog } from './delete-item-dialog';
import { ListItemTable } from './list-item-table';
import { NewItemForm } from './new-item-form';
import { RenameItemDialog } from './rename-item-dialog';

const texts: Record<SettingsList, { title: MessageKey; intro: MessageKey }> = {
  keywords: { title: 'settings.keywords', intro: 'settings.keywordsIntro' },
  'contact-roles': { title: 'settings.contactRoles', intro: 'settings.contactRolesIntro' },
};

/** `/settings/keywords` and `/settings/contact-roles`: create, rename, disable, delete. */
export function ListSettingsPage({ list }: { list: SettingsList }) {
  const items = useListItems(list);
  const toggle = useUpdateListItem(list, 'toast');
  const [renaming, setRenaming] = useState<ListItem | null>(null);
  const [deleting, setDeleting] = useState<ListItem | null>(null);
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current(): HTMLElement | null {
      return focusTarget === null ? null : (menuRefs.current.get(focusTarget) ?? null);
    },
  };
  const title = t(texts[list].title);

  useEffect(() => {
    document.title = `${title} · ${t('settings.title')} · ${t('app.name')}`;
  }, [title]);

  return (
    <section className="tab-section" aria-labelledby="settings-list-title">
      <h2 id="settings-list-title" className="tab-section__title">
        {title}
      </h2>
      <p>
        {t(texts[list].intro)}{' '}
        {list === 'keywords' ? (
          <Link to="/contacts/mailing-list">{t('settings.openMailingLists')}</Link>
        ) : null}
      </p>
      <NewItemForm list={list} label={t('settings.newName')} />
      {items.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {items.isError ? (
        <ErrorState
          title={t('settings.error')}
          error={items.error}
          onRetry={() => void items.refetch()}
        />
      ) : null}
      {items.data && items.data.length === 0 ? <EmptyState title={t('settings.empty')} /> : null}
      {items.data && items.data.length > 0 ? (
        <ListItemTable
          caption={title}
          items={items.data}
          onRename={(item) => {
            setFocusTarget(item.id);
            setRenaming(item);
          }}
          onToggleActive={(item) =>
            toggle.mutate(
              { id: item.id, patch: { version: item.version, isActive: !item.isActive } },
              {
                onSuccess: (saved) =>
                  notify(
                    t(saved.isActive ? 'settings.enabled' : 'settings.disabled', {
                      name: saved.name,
                    }),
                    'success',
                  ),
              },
            )
          }
          onDelete={(item) => {
            setFocusTarget(item.id);
            setDeleting(item);
          }}
          menuRef={(id, element) => {
            if (element) menuRefs.current.set(id, element);
            else menuRefs.current.delete(id);
          }}
        />
      ) : null}
      <RenameItemDialog
        list={list}
        item={renaming}
        onClose={() => setRenaming(null)}
        returnFocusRef={returnFocusRef}
      />
      <DeleteItemDialog
        list={list}
        item={deleting}
        items={items.data ?? []}
        onClose={() => setDeleting(null)}
        returnFocusRef={returnFocusRef}
      />
    </section>
  );
}
