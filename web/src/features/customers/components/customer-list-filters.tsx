import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t } from '@/lib/i18n';
import type { ActiveFilter, CustomerListSort } from '../api/customer-schema';
import type { OwnerOption } from '../api/get-users';

interface CustomerListFiltersProps {
  search: string;
  onSearchChange: (value: string) => void;
  owner: number | null;
  onOwnerChange: (owner: number | null) => void;
  active: ActiveFilter;
  onActiveChange: (active: ActiveFilter) => void;
  sort: CustomerListSort;
  onSortChange: (sort: CustomerListSort) => void;
  owners: OwnerOption[];
}

const sortOptions: { value: CustomerListSort; label: Parameters<typeof t>[0] }[] = [
  { value: 'name', label: 'customers.list.sortName' },
  { value: '-name', label: 'customers.list.sortNameDesc' },
  { value: 'number', label: 'customers.list.sortNumber' },
  { value: '-number', label: 'customers.list.sortNumberDesc' },
];

export function CustomerListFilters(props: CustomerListFiltersProps) {
  return (
    <div className="filters" role="search" aria-label={t('customers.list.filters')}>
      <TextField
        className="filters__search"
        label={t('customers.list.search')}
        hint={t('customers.list.searchHint')}
        type="search"
        name="q"
        autoComplete="off"
        value={props.search}
        onChange={(event) => props.onSearchChange(event.target.value)}
      />
      <SelectField
        label={t('customers.list.owner')}
        name="owner"
        value={props.owner === null ? '' : String(props.owner)}
        onChange={(event) =>
          props.onOwnerChange(event.target.value === '' ? null : Number(event.target.value))
        }
      >
        <option value="">{t('customers.list.anyOwner')}</option>
        {props.owners.map((owner) => (
          <option key={owner.id} value={String(owner.id)}>
            {owner.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('customers.list.status')}
        name="active"
        value={props.active}
        onChange={(event) => props.onActiveChange(event.target.value as ActiveFilter)}
      >
        <option value="true">{t('customers.list.statusActive')}</option>
        <option value="false">{t('customers.list.statusInactive')}</option>
        <option value="all">{t('customers.list.statusAll')}</option>
      </SelectField>
      <SelectField
        label={t('customers.list.sort')}
        name="sort"
        value={props.sort}
        onChange={(event) => props.onSortChange(event.target.value as CustomerListSort)}
      >
        {sortOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
