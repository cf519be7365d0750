import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/select-field';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { moneyInputText, parseMoneyInput } from '@/lib/money';
import { useSaveWorkType, type WorkType } from '../api/work-types';

interface WorkTypeDialogProps {
  workType: WorkType | 'new' | null;
  currency: string;
  onClose: () => void;
}

/** Adds or edits a work type: name, code, default hourly price, billable, active. */
export function WorkTypeDialog({ workType, currency, onClose }: WorkTypeDialogProps) {
  return (
    <Dialog
      open={workType !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={workType === 'new' ? t('workTypes.add') : t('workTypes.edit')}
    >
      {workType !== null ? (
        <WorkTypeForm
          key={workType === 'new' ? 'new' : workType.id}
          workType={workType === 'new' ? null : workType}
          currency={currency}
          onClose={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function WorkTypeForm(props: { workType: WorkType | null; currency: string; onClose: () => void }) {
  const { workType, onClose } = props;
  const currency = workType?.hourlyPrice?.currency ?? props.currency;
  const save = useSaveWorkType();
  const [name, setName] = useState(workType?.name ?? '');
  const [code, setCode] = useState(workType?.code ?? '');
  const [price, setPrice] = useState(
    workType?.hourlyPrice ? moneyInputText(workType.hourlyPrice.amount, currency) : '',
  );
  const [billable, setBillable] = useState(String(workType?.billable ?? true));
  const [active, setActive] = useState(String(workType?.isActive ?? true));
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(save.error) ? save.error.fieldMessages() : {};
  const conflict = isApiError(save.error) && save.error.status === 409;
  const unplaced = save.isError && !['name', 'code', 'hourlyPrice'].some((field) => server[field]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amount = parseMoneyInput(price, currency);
    const problems: Record<string, string> = {};
    if (name.trim() === '') problems.name = t('settings.nameRequired');
    if (typeof amount !== 'number') problems.hourlyPrice = t('fees.validation.money');
    setLocal(problems);
    if (Object.keys(problems).length > 0 || typeof amount !== 'number') return;
    save.mutate(
      {
        id: workType?.id ?? null,
        version: workType?.version ?? 0,
        body: {
          name: name.trim(),
          code: code.trim(),
          hourlyPrice: { amount, currency },
          billable: billable === 'true',
          isActive: active === 'true',
        },
      },
      {
        onSuccess: (saved) => {
          notify(t('workTypes.saved', { name: saved.name }), 'success');
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {unplaced ? (
        <FormAlert>{conflict ? t('workTypes.conflict') : describeError(save.error)}</FormAlert>
      ) : null}
      <TextField
        label={t('workTypes.field.name')}
        required
        maxLength={100}
        value={name}
        error={local.name ?? server.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={t('workTypes.field.code')}
        maxLength={20}
        value={code}
        error={server.code}
        onChange={(event) => setCode(event.target.value)}
      />
      <TextField
        label={`${t('workTypes.field.hourlyPrice')} (${currency})`}
        inputMode="decimal"
        required
        value={price}
        error={local.hourlyPrice ?? server.hourlyPrice}
        onChange={(event) => setPrice(event.target.value)}
      />
      <SelectField
        label={t('workTypes.field.billable')}
        value={billable}
        onChange={(event) => setBillable(event.target.value)}
      >
        <option value="true">{t('money.yes')}</option>
        <option value="false">{t('money.no')}</option>
      </SelectField>
      <SelectField
        label={t('workTypes.field.active')}
        value={active}
        onChange={(event) => setActive(event.target.value)}
      >
        <option value="true">{t('settings.state.active')}</option>
        <option value="false">{t('settings.state.disabled')}</option>
      </SelectField>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
