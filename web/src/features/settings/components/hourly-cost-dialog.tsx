import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { moneyInputText } from '@/lib/money';
import {
  settingsUserSchema,
  useUpdateHourlyCost,
  type SettingsUser,
  type UserWithCost,
} from '../api/users';
import { planHourlyCost } from '../lib/hourly-cost';

/** Sets a user's labor cost per hour; opened only for users whose answer carries `hourlyCost`. */
export function HourlyCostDialog({
  user,
  onClose,
}: {
  user: UserWithCost | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={user !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('users.hourlyCost.title', { name: user?.name ?? '' })}
      description={t('users.hourlyCost.description')}
    >
      {user ? <HourlyCostForm key={user.id} user={user} onClose={onClose} /> : null}
    </Dialog>
  );
}

function HourlyCostForm({ user, onClose }: { user: UserWithCost; onClose: () => void }) {
  const save = useUpdateHourlyCost();
  // The response's currency is the organization's base currency, the only one accepted.
  const currency = user.hourlyCost.currency;
  const [version, setVersion] = useState(user.version);
  const [text, setText] = useState(() => moneyInputText(user.hourlyCost.amount, currency));
  const [localError, setLocalError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<SettingsUser | null>(null);
  const serverErrors = isApiError(save.error) ? save.error.fieldMessages() : {};
  const fieldError =
    localError ??
    serverErrors['hourlyCost.amount'] ??
    serverErrors['hourlyCost.currency'] ??
    serverErrors.hourlyCost;
  const unplaced = save.isError && !conflict && fieldError === undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const plan = planHourlyCost(text, currency, version);
    if (!plan.ok) {
      setLocalError(t(plan.error));
      return;
    }
    save.mutate(
      { id: user.id, body: plan.body },
      {
        onSuccess: (saved) => {
          notify(t('users.hourlyCost.saved', { name: saved.name }), 'success');
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = settingsUserSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  const theirs = conflict?.hourlyCost ? moneyInputText(conflict.hourlyCost.amount, currency) : '';
  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict ? (
        <VersionConflictNotice
          title={t('users.hourlyCost.conflict')}
          savedBy={null}
          savedAt={conflict.updatedAt ?? ''}
          rows={
            theirs === text.trim()
              ? []
              : [
                  {
                    field: 'hourlyCost',
                    label: t('users.hourlyCost.label', { currency }),
                    yours: text,
                    theirs,
                  },
                ]
          }
          onReload={() => {
            setVersion(conflict.version);
            setConflict(null);
            save.reset();
          }}
          onDiscard={() => {
            setVersion(conflict.version);
            setText(theirs);
            setConflict(null);
            save.reset();
          }}
        />
      ) : null}
      {unplaced ? <FormAlert>{describeError(save.error)}</FormAlert> : null}
      <TextField
        label={t('users.hourlyCost.label', { currency })}
        hint={t('users.hourlyCost.hint')}
        inputMode="decimal"
        required
        value={text}
        error={fieldError}
        onChange={(event) => {
          setText(event.target.value);
          setLocalError(undefined);
        }}
      />
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
