import { useState, type RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField } from '@/components/ui/select-field';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useDeleteListItem, type DeleteDisposal } from '../api/list-items';
import type { ListItem, SettingsList } from '../api/list-item-schema';

interface DeleteItemDialogProps {
  list: SettingsList;
  item: ListItem | null;
  /** The whole list, for choosing the replacement. */
  items: ListItem[];
  onClose: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

type Choice = 'move' | 'remove';

/** Asks before deleting; a used item asks what its contacts get instead (`?moveTo=` or removal). */
export function DeleteItemDialog(props: DeleteItemDialogProps) {
  const { list, item, items, onClose, returnFocusRef } = props;
  const remove = useDeleteListItem(list);
  const [choice, setChoice] = useState<Choice>('move');
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string | undefined>();
  const used = (item?.usageCount ?? 0) > 0;
  const targets = items.filter((other) => other.isActive && other.id !== item?.id);
  // With nothing to move them to, the contacts can only lose it.
  const effective: Choice = targets.length === 0 ? 'remove' : choice;

  function close() {
    remove.reset();
    setChoice('move');
    setTarget('');
    setTargetError(undefined);
    onClose();
  }

  function confirm() {
    if (!item) return;
    let disposal: DeleteDisposal = null;
    if (used && effective === 'remove') disposal = { removeFromContacts: true };
    if (used && effective === 'move') {
      if (target === '') {
        setTargetError(t('settings.delete.chooseTarget'));
        return;
      }
      disposal = { moveTo: Number(target) };
    }
    remove.mutate(
      { id: item.id, disposal },
      {
        onSuccess: () => {
          notify(t('settings.deleted', { name: item.name }), 'success');
          close();
        },
      },
    );
  }

  return (
    <ConfirmDialog
      open={item !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={t('settings.delete.title', { name: item?.name ?? '' })}
      body={
        used
          ? t('settings.delete.used', { count: item?.usageCount ?? 0 })
          : t('settings.delete.unused')
      }
      confirmLabel={t('settings.delete.confirm')}
      busyLabel={t('settings.delete.deleting')}
      busy={remove.isPending}
      returnFocusRef={returnFocusRef}
      error={remove.isError ? <FormAlert>{describeError(remove.error)}</FormAlert> : null}
      onConfirm={confirm}
    >
      {used ? (
        <fieldset className="choice">
          <legend className="field__label">{t('settings.delete.choice')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="disposal"
              value="move"
              checked={effective === 'move'}
              disabled={targets.length === 0}
              onChange={() => setChoice('move')}
            />
            {t('settings.delete.moveTo')}
          </label>
          {effective === 'move' ? (
            <SelectField
              label={t('settings.delete.moveTarget')}
              name="moveTo"
              value={target}
              error={targetError}
              onChange={(event) => {
                setTarget(event.target.value);
                setTargetError(undefined);
              }}
            >
              <option value="">{t('common.none')}</option>
              {targets.map((other) => (
                <option key={other.id} value={String(other.id)}>
                  {other.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <label className="checkbox">
            <input
              type="radio"
              name="disposal"
              value="remove"
              checked={effective === 'remove'}
              onChange={() => setChoice('remove')}
            />
            {t('settings.delete.remove')}
          </label>
        </fieldset>
      ) : null}
    </ConfirmDialog>
  );
}
