import { t } from '@/lib/i18n';
import type { RegistryField } from '../api/registry-schema';
import { registryFieldLabels, type RegistryRow } from '../lib/registry-update';

interface RegistryComparisonTableProps {
  rows: RegistryRow[];
  chosen: ReadonlySet<RegistryField>;
  onToggle: (field: RegistryField, take: boolean) => void;
  /** False when nothing can be taken over (no edit right, a deleted company): no checkboxes. */
  choosable: boolean;
  disabled?: boolean;
  parallelNames: string[];
}

function RegistryValue({ row, parallelNames }: { row: RegistryRow; parallelNames: string[] }) {
  if (row.state === 'unavailable' && row.registry === null) {
    return <span className="registry-table__missing">{t('registry.update.notInRegistry')}</span>;
  }
  return (
    <>
      <span>{row.registry ?? t('history.emptyValue')}</span>
      {row.state === 'unchanged' ? (
        <span className="registry-table__note">{t('registry.update.unchanged')}</span>
      ) : null}
      {row.field === 'name' && parallelNames.length > 0 ? (
        <span className="registry-table__note">
          {t('registry.update.alsoKnownAs', { names: parallelNames.join(', ') })}
        </span>
      ) : null}
    </>
  );
}

/** The customer's values next to the registry's, a checkbox for each field that can change. */
export function RegistryComparisonTable(props: RegistryComparisonTableProps) {
  const { rows, chosen, onToggle, choosable, disabled, parallelNames } = props;
  return (
    <div className="table-wrap">
      <table className="table registry-table">
        <caption className="visually-hidden">{t('registry.update.caption')}</caption>
        <thead>
          <tr>
            {choosable ? <th scope="col">{t('registry.update.column.take')}</th> : null}
            <th scope="col">{t('registry.update.column.field')}</th>
            <th scope="col">{t('registry.update.column.current')}</th>
            <th scope="col">{t('registry.update.column.registry')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = t(registryFieldLabels[row.field]);
            return (
              <tr key={row.field} className={`registry-table__row--${row.state}`}>
                {choosable ? (
                  <td>
                    <input
                      type="checkbox"
                      className="registry-table__check"
                      aria-label={t('registry.update.take', { field: label })}
                      checked={chosen.has(row.field)}
                      disabled={disabled || row.state !== 'change'}
                      onChange={(event) => onToggle(row.field, event.target.checked)}
                    />
                  </td>
                ) : null}
                <th scope="row">{label}</th>
                <td>{row.current ?? t('history.emptyValue')}</td>
                <td>
                  <RegistryValue row={row} parallelNames={parallelNames} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
