import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import type { HourListFilters } from '../api/hour-schema';
import { useHourUserOptions, useWorkTypeOptions } from '../api/get-hour-pickers';

interface HourListFiltersProps {
  filters: HourListFilters;
  onChange: (filters: HourListFilters) => void;
}

const yesNo = (value: string) => (value === 'true' || value === 'false' ? value : '');

/** User, work type, month, billable and invoiced: the Hours list's filters. */
export function HourListFilterBar({ filters, onChange }: HourListFiltersProps) {
  const users = useHourUserOptions();
  const workTypes = useWorkTypeOptions();
  const set = (patch: Partial<HourListFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="money-filters" role="group" aria-label={t('projectHours.filters')}>
      <SelectField
        label={t('projectHours.filter.user')}
        value={filters.userId ?? ''}
        onChange={(event) =>
          set({ userId: event.target.value ? Number(event.target.value) : null })
        }
      >
        <option value="">{t('projectHours.filter.anyone')}</option>
        {(users.data ?? []).map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('projectHours.filter.workType')}
        value={filters.workTypeId ?? ''}
        onChange={(event) =>
          set({ workTypeId: event.target.value ? Number(event.target.value) : null })
        }
      >
        <option value="">{t('projectHours.filter.any')}</option>
        {(workTypes.data ?? []).map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('projectHours.filter.month')}
        type="month"
        value={filters.month}
        onChange={(event) => set({ month: event.target.value })}
      />
      <SelectField
        label={t('projectHours.filter.billable')}
        value={filters.billable}
        onChange={(event) => set({ billable: yesNo(event.target.value) })}
      >
        <option value="">{t('projectHours.filter.any')}</option>
        <option value="true">{t('money.yes')}</option>
        <option value="false">{t('money.no')}</option>
      </SelectField>
      <SelectField
        label={t('projectHours.filter.invoiced')}
        value={filters.invoiced}
        onChange={(event) => set({ invoiced: yesNo(event.target.value) })}
      >
        <option value="">{t('projectHours.filter.any')}</option>
        <option value="true">{t('money.yes')}</option>
        <option value="false">{t('money.no')}</option>
      </SelectField>
    </div>
  );
}
