import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';
import {
  invoiceStatusFlags,
  type InvoiceStatus,
  type InvoiceStatusPatch,
} from '../api/invoice-status-api';

export const flagLabels = {
  readOnly: 'invoiceStatuses.flag.readOnly',
  assignsNumber: 'invoiceStatuses.flag.assignsNumber',
  sent: 'invoiceStatuses.flag.sent',
  waitingPayment: 'invoiceStatuses.flag.waitingPayment',
  paid: 'invoiceStatuses.flag.paid',
  credited: 'invoiceStatuses.flag.credited',
} as const;

interface InvoiceStatusRowProps {
  status: InvoiceStatus;
  canMoveUp: boolean;
  canMoveDown: boolean;
  busy: boolean;
  onMove: (direction: -1 | 1) => void;
  onChange: (body: Omit<InvoiceStatusPatch, 'id' | 'version'>, done: string) => void;
  onDelete: () => void;
}

/** One invoice status: rename in place, flags as checkboxes, make default, move, disable, delete. */
export function InvoiceStatusRow({
  status,
  canMoveUp,
  canMoveDown,
  busy,
  onMove,
  onChange,
  onDelete,
}: InvoiceStatusRowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(status.name);
  return (
    <tr className={status.isActive ? undefined : 'row--inactive'}>
      <th scope="row">
        {editing ? (
          <form
            className="status-rename"
            onSubmit={(event) => {
              event.preventDefault();
              onChange({ name: name.trim() }, t('invoiceStatuses.renamed'));
              setEditing(false);
            }}
          >
            <input
              className="input"
              aria-label={t('invoiceStatuses.rename.label', { name: status.name })}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
            <Button type="submit" disabled={name.trim() === ''}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </form>
        ) : (
          status.name
        )}
      </th>
      <td>
        {invoiceStatusFlags.map((flag) => (
          <label key={flag} className="member-picker__item">
            <input
              type="checkbox"
              aria-label={t('invoiceStatuses.flagFor', {
                flag: t(flagLabels[flag]),
                name: status.name,
              })}
              checked={status[flag]}
              disabled={busy}
              onChange={(event) =>
                onChange({ [flag]: event.target.checked }, t('invoiceStatuses.changed'))
              }
            />
            {t(flagLabels[flag])}
          </label>
        ))}
      </td>
      <td>{status.isDefault ? t('invoiceStatuses.isDefault') : null}</td>
      <td>
        {status.isActive ? t('invoiceStatuses.state.active') : t('invoiceStatuses.state.disabled')}
      </td>
      <td className="status-actions">
        <Button
          variant="ghost"
          aria-label={t('invoiceStatuses.up', { name: status.name })}
          disabled={!canMoveUp || busy}
          onClick={() => onMove(-1)}
        >
          ↑
        </Button>
        <Button
          variant="ghost"
          aria-label={t('invoiceStatuses.down', { name: status.name })}
          disabled={!canMoveDown || busy}
          onClick={() => onMove(1)}
        >
          ↓
        </Button>
        <Button
          aria-label={t('invoiceStatuses.rename.label', { name: status.name })}
          disabled={busy}
          onClick={() => setEditing(true)}
        >
          {t('invoiceStatuses.rename')}
        </Button>
        {status.isDefault ? null : (
          <>
            {status.isActive && !status.readOnly ? (
              <Button
                aria-label={t('invoiceStatuses.makeDefault', { name: status.name })}
                disabled={busy}
                onClick={() => onChange({ isDefault: true }, t('invoiceStatuses.defaultSet'))}
              >
                {t('invoiceStatuses.makeDefault.short')}
              </Button>
            ) : null}
            <Button
              disabled={busy}
              onClick={() =>
                onChange(
                  { isActive: !status.isActive },
                  status.isActive ? t('invoiceStatuses.disabled') : t('invoiceStatuses.enabled'),
                )
              }
            >
              {status.isActive ? t('invoiceStatuses.disable') : t('invoiceStatuses.enable')}
            </Button>
            <Button
              variant="danger"
              aria-label={t('invoiceStatuses.delete', { name: status.name })}
              disabled={busy}
              onClick={onDelete}
            >
              {t('invoiceStatuses.delete.short')}
            </Button>
          </>
        )}
      </td>
    </tr>
  );
}
