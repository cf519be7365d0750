import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';
import type { Status, StatusKind, StatusPatch } from '../api/status-api';

const categoryLabels = {
  in_progress: 'project.category.in_progress',
  won: 'project.category.won',
  lost: 'project.category.lost',
} as const;

interface StatusRowProps {
  kind: StatusKind;
  status: Status;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (direction: -1 | 1) => void;
  onChange: (body: Omit<StatusPatch, 'id' | 'version'>, done: string) => void;
}

/** One status: rename in place, move up/down, disable/enable, and for tasks make it the default. */
export function StatusRow({ kind, status, first, last, busy, onMove, onChange }: StatusRowProps) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(status.name);
  const flags =
    kind === 'sales'
      ? `${t(categoryLabels[status.category ?? 'in_progress'])} · ${status.probability ?? 0} %`
      : [
          status.isDefault ? t('statuses.flag.default') : null,
          status.isDone ? t('statuses.flag.done') : null,
        ]
          .filter(Boolean)
          .join(', ') || t('common.none');
  return (
    <tr>
      <td>
        {editing ? (
          <form
            className="status-rename"
            onSubmit={(event) => {
              event.preventDefault();
              onChange({ name: name.trim() }, t('statuses.renamed'));
              setEditing(false);
            }}
          >
            <input
              className="input"
              aria-label={t('statuses.rename.label', { name: status.name })}
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
      </td>
      <td>{flags}</td>
      <td>{status.isActive ? t('statuses.state.active') : t('statuses.state.disabled')}</td>
      <td className="status-actions">
        <Button
          variant="ghost"
          aria-label={t('statuses.up', { name: status.name })}
          disabled={first || busy}
          onClick={() => onMove(-1)}
        >
          ↑
        </Button>
        <Button
          variant="ghost"
          aria-label={t('statuses.down', { name: status.name })}
          disabled={last || busy}
          onClick={() => onMove(1)}
        >
          ↓
        </Button>
        <Button
          aria-label={t('statuses.rename.label', { name: status.name })}
          disabled={busy}
          onClick={() => setEditing(true)}
        >
          {t('statuses.rename')}
        </Button>
        {kind === 'task' && !status.isDefault && status.isActive ? (
          <Button
            disabled={busy}
            onClick={() => onChange({ isDefault: true }, t('statuses.defaultSet'))}
          >
            {t('statuses.makeDefault')}
          </Button>
        ) : null}
        {status.isDefault ? null : (
          <Button
            disabled={busy}
            onClick={() =>
              onChange(
                { isActive: !status.isActive },
                status.isActive ? t('statuses.disabled') : t('statuses.enabled'),
              )
            }
          >
            {status.isActive ? t('statuses.disable') : t('statuses.enable')}
          </Button>
        )}
      </td>
    </tr>
  );
}
