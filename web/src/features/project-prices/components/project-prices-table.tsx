import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { formatMoneyValue } from '@/lib/money-format';
import {
  projectPricesSchema,
  type ProjectPrices,
  type ProjectPricesBody,
} from '../api/prices-schema';
import { usePriceWorkTypes, useProjectPrices, useSaveProjectPrices } from '../api/project-prices';
import {
  placePriceErrors,
  planPricesSave,
  priceConflictRows,
  pricesToRows,
  rowsChanged,
  type PriceRow,
} from '../lib/price-rows';
import { AddPriceRow } from './add-price-row';

/**
 * The project's own hourly prices per work type ("Hourly prices"), which override the work
 * types' defaults for its new hour entries. Editable with financials edit, read-only with view;
 * nothing is shown to those the server refuses (403).
 */
export function ProjectPricesTable({
  projectId,
  canEdit,
}: {
  projectId: number;
  canEdit: boolean;
}) {
  const query = useProjectPrices(projectId);
  if (isApiError(query.error) && query.error.status === 403) return null;
  return (
    <div>
      <h3 className="tab-section__subtitle">{t('prices.title')}</h3>
      <p className="field__hint">{t('prices.help')}</p>
      {query.isPending ? <LoadingState label={t('prices.loading')} /> : null}
      {query.isError ? (
        <ErrorState
          title={t('prices.error')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.data && canEdit ? (
        <PricesEditor
          projectId={projectId}
          prices={query.data}
          onReload={() => void query.refetch()}
        />
      ) : null}
      {query.data && !canEdit ? <PricesView prices={query.data} /> : null}
    </div>
  );
}

function PricesView({ prices }: { prices: ProjectPrices }) {
  if (prices.prices.length === 0) return <EmptyState title={t('prices.empty')} />;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('prices.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prices.column.workType')}</th>
            <th scope="col" className="table__number">
              {t('prices.column.price', { currency: prices.currency })}
            </th>
          </tr>
        </thead>
        <tbody>
          {prices.prices.map((price) => (
            <tr key={price.workTypeId}>
              <th scope="row">{price.workTypeName}</th>
              <td className="table__number">{formatMoneyValue(price.hourlyPrice)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PricesEditor(props: { projectId: number; prices: ProjectPrices; onReload: () => void }) {
  const { projectId, prices, onReload } = props;
  const save = useSaveProjectPrices(projectId);
  const workTypes = usePriceWorkTypes();
  const [base, setBase] = useState(prices);
  const [rows, setRows] = useState<PriceRow[]>(() => pricesToRows(prices));
  const [localErrors, setLocalErrors] = useState<Record<number, string>>({});
  const [sent, setSent] = useState<ProjectPricesBody | null>(null);
  const [conflict, setConflict] = useState<ProjectPrices | null>(null);
  const dirty = rowsChanged(base, rows);
  const currency = base.currency;

  // A newer list read while nothing is typed replaces the rows (someone saved elsewhere).
  if (prices.version !== base.version && prices !== base && !dirty && !conflict) {
    setBase(prices);
    setRows(pricesToRows(prices));
  }

  const placed =
    isApiError(save.error) && sent
      ? placePriceErrors(save.error.fields, sent)
      : { byWorkType: {}, other: [] };
  const serverErrors: Record<number, string> = placed.byWorkType;
  const unplaced = save.isError && !conflict && Object.keys(serverErrors).length === 0;

  function update(next: PriceRow[]) {
    setRows(next);
    setLocalErrors({});
  }

  function onSave() {
    const plan = planPricesSave(rows, currency, base.version);
    if (!plan.ok) {
      setLocalErrors(
        Object.fromEntries(Object.entries(plan.errors).map(([id, key]) => [id, t(key)])),
      );
      return;
    }
    setSent(plan.body);
    save.mutate(plan.body, {
      onSuccess: (saved) => {
        setBase(saved);
        setRows(pricesToRows(saved));
        notify(t('prices.saved'), 'success');
      },
      onError: (error) => {
        if (!isApiError(error) || error.status !== 409) return;
        const current = projectPricesSchema.safeParse(error.current);
        if (current.success) setConflict(current.data);
      },
    });
  }

  function leaveConflict(theirs: ProjectPrices, keepMine: boolean) {
    setBase(theirs);
    if (!keepMine) setRows(pricesToRows(theirs));
    setConflict(null);
    save.reset();
    onReload();
  }

  return (
    <div>
      {conflict ? (
        <VersionConflictNotice
          title={t('prices.conflict.title')}
          savedBy={null}
          savedAt=""
          rows={priceConflictRows(rows, conflict)}
          onReload={() => leaveConflict(conflict, true)}
          onDiscard={() => leaveConflict(conflict, false)}
        />
      ) : null}
      {unplaced ? (
        <FormAlert>
          {placed.other.length > 0 ? placed.other.join(' ') : describeError(save.error)}
        </FormAlert>
      ) : null}
      {rows.length === 0 ? <EmptyState title={t('prices.empty')} /> : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('prices.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prices.column.workType')}</th>
                <th scope="col">{t('prices.column.price', { currency })}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const error = localErrors[row.workTypeId] ?? serverErrors[row.workTypeId];
                const errorId = `price-${projectId}-${row.workTypeId}-error`;
                return (
                  <tr key={row.workTypeId}>
                    <th scope="row">{row.workTypeName}</th>
                    <td>
                      <input
                        className="input forecast-grid__input"
                        inputMode="decimal"
                        aria-label={t('prices.input', { name: row.workTypeName, currency })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        value={row.price}
                        onChange={(event) =>
                          update(
                            rows.map((r) =>
                              r.workTypeId === row.workTypeId
                                ? { ...r, price: event.target.value }
                                : r,
                            ),
                          )
                        }
                      />
                      {error ? (
                        <p className="field__error" id={errorId}>
                          {error}
                        </p>
                      ) : null}
                    </td>
                    <td className="table__actions">
                      <Button
                        variant="ghost"
                        aria-label={t('prices.remove', { name: row.workTypeName })}
                        onClick={() => update(rows.filter((r) => r.workTypeId !== row.workTypeId))}
                      >
                        {t('prices.removeShort')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <AddPriceRow
        workTypes={workTypes.data ?? []}
        rows={rows}
        onAdd={(type) =>
          update([...rows, { workTypeId: type.id, workTypeName: type.name, price: '' }])
        }
      />
      <div className="dialog__actions">
        <Button disabled={!dirty || save.isPending} onClick={() => update(pricesToRows(base))}>
          {t('forecast.discard')}
        </Button>
        <Button variant="primary" disabled={!dirty || save.isPending} onClick={onSave}>
          {save.isPending ? t('common.saving') : t('prices.save')}
        </Button>
      </div>
    </div>
  );
}
