import { useEffect, useRef, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { t } from '@/lib/i18n';
import type { ActivityType } from '../api/activity-schema';
import { useUpdateActivityType } from '../api/activity-types';
import { useActivityTypes } from '../api/get-options';
import { ActivityTypeTable } from './activity-type-table';
import { DeleteActivityTypeDialog } from './delete-activity-type-dialog';
import { NewActivityTypeForm } from './new-activity-type-form';
import { RenameActivityTypeDialog } from './rename-activity-type-dialog';

/** `/settings/activity-types`: to-do and calendar types; create, rename, disable, delete. */
export function ActivityTypesPage() {
  const types = useActivityTypes();
  const toggle = useUpdateActivityType('toast');
  const [renaming, setRenaming] = useState<ActivityType | null>(null);
  const [deleting, setDeleting] = useState<ActivityType | null>(null);
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current(): HTMLElement | null {
      return focusTarget === null ? null : (menuRefs.current.get(focusTarget) ?? null);
    },
  };
  const title = t('activityTypes.title');

  useEffect(() => {
    document.title = `${title} · ${t('settings.title')} · ${t('app.name')}`;
  }, [title]);

  return (
    <section className="tab-section" aria-labelledby="activity-types-title">
      <h2 id="activity-types-title" className="tab-section__title">
        {title}
      </h2>
      <p>{t('activityTypes.intro')}</p>
      <NewActivityTypeForm />
      {types.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {types.isError ? (
        <ErrorState
          title={t('activityTypes.error')}
          error={types.error}
          onRetry={() => void types.refetch()}
        />
      ) : null}
      {types.data && types.data.length === 0 ? (
        <EmptyState title={t('activityTypes.empty')} />
      ) : null}
      {types.data && types.data.length > 0 ? (
        <ActivityTypeTable
          caption={title}
          types={types.data}
          onRename={(type) => {
            setFocusTarget(type.id);
            setRenaming(type);
          }}
          onToggleActive={(type) =>
            toggle.mutate(
              { id: type.id, patch: { version: type.version, active: !type.active } },
              {
                onSuccess: (saved) =>
                  notify(
                    t(saved.active ? 'settings.enabled' : 'settings.disabled', {
                      name: saved.name,
                    }),
                    'success',
                  ),
              },
            )
          }
          onDelete={(type) => {
            setFocusTarget(type.id);
            setDeleting(type);
          }}
          menuRef={(id, element) => {
            if (element) menuRefs.current.set(id, element);
            else menuRefs.current.delete(id);
          }}
        />
      ) : null}
      <RenameActivityTypeDialog
        type={renaming}
        onClose={() => setRenaming(null)}
        returnFocusRef={returnFocusRef}
      />
      <DeleteActivityTypeDialog
        type={deleting}
        onClose={() => setDeleting(null)}
        returnFocusRef={returnFocusRef}
      />
    </section>
  );
}
