import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { t, type MessageKey } from '@/lib/i18n';
import type { ContactSort } from '../api/contact-schema';

interface ContactsToolbarProps {
  search: string;
  onSearchChange: (search: string) => void;
  sort: ContactSort;
  onSortChange: (sort: ContactSort) => void;
  showInactive: boolean;
  onShowInactiveChange: (show: boolean) => void;
}

const sortOptions: { value: ContactSort; label: MessageKey }[] = [
  { value: 'name', label: 'contact.sortName' },
  { value: '-name', label: 'contact.sortNameDesc' },
  { value: 'lastName', label: 'contact.sortLastName' },
  { value: '-lastName', label: 'contact.sortLastNameDesc' },
];

/** Search (sent once typing pauses), sort and "Show inactive" of the contacts list. */
export function ContactsToolbar(props: ContactsToolbarProps) {
  return (
    <div className="filters filters--contacts" role="search" aria-label={t('contact.filters')}>
      <TextField
        className="filters__search"
        label={t('contact.search')}
        hint={t('contact.searchHint')}
        type="search"
        name="contactQuery"
        autoComplete="off"
        value={props.search}
        onChange={(event) => props.onSearchChange(event.target.value)}
      />
      <SelectField
        label={t('contact.sort')}
        name="contactSort"
        value={props.sort}
        onChange={(event) => props.onSortChange(event.target.value as ContactSort)}
      >
        {sortOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </SelectField>
      <label className="checkbox filters__toggle">
        <input
          type="checkbox"
          name="showInactive"
          checked={props.showInactive}
          onChange={(event) => props.onShowInactiveChange(event.target.checked)}
        />
        {t('contact.showInactive')}
      </label>
    </div>
  );
}
