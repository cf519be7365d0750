import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/select-field';
import { FormAlert } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t, type MessageKey } from '@/lib/i18n';
import { feeSchema, type Fee } from '../api/fee-schema';
import { useSaveFee } from '../api/save-fee';
import {
  emptyFeeValues,
  feeBody,
  feeFields,
  feeToValues,
  validateFee,
  type FeeField,
  type FeeFormValues,
} from '../lib/fee-form';

const fieldLabels: Record<FeeField, MessageKey> = {
  kind: 'fees.field.kind',
  date: 'fees.field.date',
  description: 'fees.field.description',
  quantity: 'fees.field.quantity',
  unit: 'fees.field.unit',
  unitPrice: 'fees.field.unitPrice',
  unitCost: 'fees.field.unitCost',
  billable: 'fees.field.billable',
};

interface FeeDialogProps {
  projectId: number;
  currency: string;
  /** The row to edit, `'new'` to add one, null when closed. */
  fee: Fee | 'new' | null;
  today: string;
  onClose: () => void;
}

export function FeeDialog({ projectId, currency, fee, today, onClose }: FeeDialogProps) {
  return (
    <Dialog
      open={fee !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={fee === 'new' ? t('fees.add') : t('fees.edit')}
    >
      {fee !== null ? (
        <FeeForm
          key={fee === 'new' ? 'new' : fee.id}
          projectId={projectId}
          currency={currency}
          fee={fee === 'new' ? null : fee}
          today={today}
          onClose={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function FeeForm(props: {
  projectId: number;
  currency: string;
  fee: Fee | null;
  today: string;
  onClose: () => void;
}) {
  const { projectId, currency, fee, today, onClose } = props;
  const save = useSaveFee(projectId);
  const [base, setBase] = useState({ version: fee?.version ?? 0 });
  const [values, setValues] = useState<FeeFormValues>(() =>
    fee ? feeToValues(fee) : emptyFeeValues(today),
  );
  const [localErrors, setLocalErrors] = useState<Partial<Record<FeeField, string>>>({});
  const [conflict, setConflict] = useState<Fee | null>(null);
  const serverErrors = isApiError(save.error) ? save.error.fieldMessages() : {};
  const errorOf = (field: FeeField) => localErrors[field] ?? serverErrors[field];
  const unplacedError =
    save.isError && !conflict && !feeFields.some((field) => serverErrors[field]);

  function set(field: FeeField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setLocalErrors((current) => ({ ...current, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateFee(values, currency);
    setLocalErrors(
      Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])),
    );
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      { id: fee?.id ?? null, version: base.version, body: feeBody(values, currency) },
      {
        onSuccess: (saved) => {
          notify(t(fee ? 'fees.saved' : 'fees.added', { name: saved.description }), 'success');
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = feeSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  const theirs = conflict ? feeToValues(conflict) : null;
  return (
    <form onSubmit={onSubmit} noValidate>
      {conflict && theirs ? (
        <VersionConflictNotice
          title={t('fees.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt ?? ''}
          rows={feeFields
            .filter((field) => theirs[field] !== values[field])
            .map((field) => ({
              field,
              label: t(fieldLabels[field]),
              yours: values[field],
              theirs: theirs[field],
            }))}
          onReload={() => {
            setBase({ version: conflict.version });
            setConflict(null);
            save.reset();
          }}
          onDiscard={() => {
            setValues(theirs);
            setBase({ version: conflict.version });
            setConflict(null);
            save.reset();
          }}
        />
      ) : null}
      {unplacedError ? <FormAlert>{describeError(save.error)}</FormAlert> : null}
      <SelectField
        label={t(fieldLabels.kind)}
        value={values.kind}
        error={errorOf('kind')}
        onChange={(event) => set('kind', event.target.value)}
      >
        <option value="fee">{t('fees.kind.fee')}</option>
        <option value="cost">{t('fees.kind.cost')}</option>
      </SelectField>
      <TextField
        label={t(fieldLabels.date)}
        type="date"
        required
        value={values.date}
        error={errorOf('date')}
        onChange={(event) => set('date', event.target.value)}
      />
      <TextField
        label={t(fieldLabels.description)}
        required
        maxLength={500}
        value={values.description}
        error={errorOf('description')}
        onChange={(event) => set('description', event.target.value)}
      />
      <div className="form-row">
        <TextField
          label={t(fieldLabels.quantity)}
          inputMode="decimal"
          required
          value={values.quantity}
          error={errorOf('quantity')}
          onChange={(event) => set('quantity', event.target.value)}
        />
        <TextField
          label={t(fieldLabels.unit)}
          required
          maxLength={20}
          value={values.unit}
          error={errorOf('unit')}
          onChange={(event) => set('unit', event.target.value)}
        />
      </div>
      <div className="form-row">
        <TextField
          label={`${t(fieldLabels.unitPrice)} (${currency})`}
          inputMode="decimal"
          required
          value={values.unitPrice}
          error={errorOf('unitPrice')}
          onChange={(event) => set('unitPrice', event.target.value)}
        />
        <TextField
          label={`${t(fieldLabels.unitCost)} (${currency})`}
          inputMode="decimal"
          value={values.unitCost}
          error={errorOf('unitCost')}
          onChange={(event) => set('unitCost', event.target.value)}
        />
      </div>
      <SelectField
        label={t(fieldLabels.billable)}
        value={values.billable}
        error={errorOf('billable')}
        onChange={(event) => set('billable', event.target.value)}
      >
        <option value="true">{t('money.yes')}</option>
        <option value="false">{t('money.no')}</option>
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
