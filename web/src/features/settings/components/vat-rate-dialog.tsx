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
import { useSaveVatRate, type VatRate } from '../api/vat-rates';
import { isPercentText } from '../lib/invoice-details';

export const vatCategories = ['S', 'Z', 'E', 'AE', 'O'] as const;

interface VatRateDialogProps {
  rate: VatRate | 'new' | null;
  onClose: () => void;
}

/** Adds or edits a VAT rate: name, percent (as text), EN 16931 category, active. */
export function VatRateDialog({ rate, onClose }: VatRateDialogProps) {
  return (
    <Dialog
      open={rate !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={rate === 'new' ? t('vatRates.add') : t('vatRates.edit')}
    >
      {rate !== null ? (
        <VatRateForm
          key={rate === 'new' ? 'new' : rate.id}
          rate={rate === 'new' ? null : rate}
          onClose={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function VatRateForm({ rate, onClose }: { rate: VatRate | null; onClose: () => void }) {
  const save = useSaveVatRate();
  const [name, setName] = useState(rate?.name ?? '');
  const [percent, setPercent] = useState(rate?.percent ?? '');
  const [category, setCategory] = useState(rate?.category ?? 'S');
  const [active, setActive] = useState(String(rate?.isActive ?? true));
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = isApiError(save.error) ? save.error.fieldMessages() : {};
  const conflict = isApiError(save.error) && save.error.status === 409;
  const unplaced = save.isError && !['name', 'percent', 'category'].some((field) => server[field]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (name.trim() === '') problems.name = t('settings.nameRequired');
    if (!isPercentText(percent)) problems.percent = t('invoicing.validation.percent');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      {
        id: rate?.id ?? null,
        version: rate?.version ?? 0,
        body: {
          name: name.trim(),
          percent: percent.trim(),
          category,
          isActive: active === 'true',
        },
      },
      {
        onSuccess: (saved) => {
          notify(t('vatRates.saved', { name: saved.name }), 'success');
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {unplaced ? (
        <FormAlert>{conflict ? t('vatRates.conflict') : describeError(save.error)}</FormAlert>
      ) : null}
      <TextField
        label={t('vatRates.field.name')}
        required
        maxLength={100}
        value={name}
        error={local.name ?? server.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={t('vatRates.field.percent')}
        hint={t('invoicing.hint.percent')}
        inputMode="decimal"
        required
        value={percent}
        error={local.percent ?? server.percent}
        onChange={(event) => setPercent(event.target.value)}
      />
      <SelectField
        label={t('vatRates.field.category')}
        value={category}
        error={server.category}
        onChange={(event) => setCategory(event.target.value)}
      >
        {vatCategories.map((code) => (
          <option key={code} value={code}>
            {t(`vatRates.category.${code}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('vatRates.field.active')}
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
