import type { RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatDateTime, t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { useCustomerHistory, type HistoryEntry } from '../api/get-customer-history';
import { fieldLabels, type CustomerFormField } from '../lib/customer-form';

function fieldLabel(field: string): string {
  if (field in fieldLabels) return t(fieldLabels[field as CustomerFormField]);
  if (field === 'isActive') return t('customer.field.isActive');
  return field;
}

/** One line per entry: whole-record events ("created", …) in words, field changes as old → new. */
function describeEntry(entry: HistoryEntry): string {
  const empty = t('history.emptyValue');
  switch (entry.field) {
    case 'created':
      return t('history.created', { value: entry.newValue ?? empty });
    case 'inactivated':
      return t('history.inactivated');
    case 'reactivated':
      return t('history.reactivated');
    case 'deleted':
      return t('history.deleted');
    default:
      return t('history.entry', {
        field: fieldLabel(entry.field),
        old: entry.oldValue ?? empty,
        new: entry.newValue ?? empty,
      });
  }
}

/** Changes made by people in the app need no "via"; imports and registry updates say so. */
const ordinarySource = 'user';
const registrySourcePrefix = 'registry:';

/** `registry:PRH` → "updated from PRH"; any other source → "via …". */
function describeSource(source: string): string {
  if (source.startsWith(registrySourcePrefix)) {
    return t('history.sourceRegistry', { registry: source.slice(registrySourcePrefix.length) });
  }
  return t('history.source', { source });
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  return (
    <li className="history__item">
      <p className="history__change">{describeEntry(entry)}</p>
      <p className="history__meta">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        {entry.by ? ` · ${t('history.by', { name: entry.by.name })}` : null}
        {entry.source && entry.source !== ordinarySource
          ? ` · ${describeSource(entry.source)}`
          : null}
      </p>
    </li>
  );
}

interface CustomerHistoryDialogProps {
  customerId: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/** Who changed what on this customer, newest first, one page at a time. */
export function CustomerHistoryDialog({
  customerId,
  open,
  onOpenChange,
  returnFocusRef,
}: CustomerHistoryDialogProps) {
  const history = useCustomerHistory(customerId, open);
  const entries = flattenPages(history.data);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('history.title')}
      description={t('history.description')}
      size="large"
      returnFocusRef={returnFocusRef}
    >
      {history.isPending ? <LoadingState label={t('history.loading')} /> : null}
      {history.isError && !history.data ? (
        <ErrorState
          title={t('history.error')}
          error={history.error}
          onRetry={() => void history.refetch()}
        />
      ) : null}
      {history.data && entries.length === 0 ? <EmptyState title={t('history.empty')} /> : null}
      {entries.length > 0 ? (
        <ol className="history">
          {entries.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : null}
      {history.hasNextPage ? (
        <Button onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {history.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
        </Button>
      ) : null}
    </Dialog>
  );
}
