import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { t } from '@/lib/i18n';
import type { PriceWorkType } from '../api/prices-schema';
import { addableWorkTypes, type PriceRow } from '../lib/price-rows';

/** Picks an active work type not yet priced on the project and adds an empty row for it. */
export function AddPriceRow(props: {
  workTypes: readonly PriceWorkType[];
  rows: readonly PriceRow[];
  onAdd: (workType: PriceWorkType) => void;
}) {
  const { workTypes, rows, onAdd } = props;
  const options = addableWorkTypes(workTypes, rows);
  const [selected, setSelected] = useState('');
  const chosen = options.find((type) => String(type.id) === selected) ?? options[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    onAdd(chosen);
    setSelected('');
  }

  if (options.length === 0) return null;
  return (
    <form className="form-row add-price-row" onSubmit={onSubmit}>
      <SelectField
        label={t('prices.add.workType')}
        value={chosen ? String(chosen.id) : ''}
        onChange={(event) => setSelected(event.target.value)}
      >
        {options.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit">{t('prices.add.button')}</Button>
    </form>
  );
}
