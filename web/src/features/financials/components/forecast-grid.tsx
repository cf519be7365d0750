import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t, type MessageKey } from '@/lib/i18n';
import { forecastFigures, type ForecastFigure, type Forecasts } from '../api/financials-schema';
import { useSaveForecasts } from '../api/forecasts';
import {
  draftKey,
  maxForecastNoteLength,
  planForecastSave,
  savedText,
  type ForecastDrafts,
} from '../lib/forecast-edits';
import { formatMonth } from '../lib/format-month';

const figureLabels: Record<ForecastFigure, MessageKey> = {
  revenue: 'financials.figure.revenue',
  billing: 'financials.figure.billing',
  laborCost: 'financials.figure.laborCost',
  otherCost: 'financials.figure.otherCost',
};

interface ForecastGridProps {
  projectId: number;
  currency: string;
  months: string[];
  forecasts: Forecasts;
  canEdit: boolean;
  onReload: () => void;
}

/**
 * The forecast of each month, typed in place; "Save forecast" sends the changed months with the
 * version read. A stale version (someone saved in between) keeps what was typed and says so.
 */
export function ForecastGrid(props: ForecastGridProps) {
  const { projectId, currency, months, forecasts, canEdit, onReload } = props;
  const [drafts, setDrafts] = useState<ForecastDrafts>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const save = useSaveForecasts(projectId);
  const conflict = isApiError(save.error) && save.error.status === 409;
  const dirty = Object.keys(drafts).length > 0;

  function onSave() {
    const plan = planForecastSave(forecasts, drafts, currency);
    if (!plan.ok) {
      setInvalid(plan.invalid);
      return;
    }
    setInvalid([]);
    if (plan.months.length === 0) {
      setDrafts({});
      return;
    }
    save.mutate(
      { version: forecasts.version, months: plan.months },
      {
        onSuccess: () => {
          setDrafts({});
          notify(t('forecast.saved'), 'success');
        },
      },
    );
  }

  return (
    <div>
      {conflict ? (
        <FormAlert>
          {t('forecast.conflict')}{' '}
          <Button
            onClick={() => {
              save.reset();
              onReload();
            }}
          >
            {t('forecast.reloadKeepMine')}
          </Button>
        </FormAlert>
      ) : null}
      {save.isError && !conflict ? <FormAlert>{describeError(save.error)}</FormAlert> : null}
      {invalid.some((key) => !key.endsWith('|notes')) ? (
        <FormAlert>{t('forecast.invalid')}</FormAlert>
      ) : null}
      {invalid.some((key) => key.endsWith('|notes')) ? (
        <FormAlert>{t('forecast.notes.invalid', { max: maxForecastNoteLength })}</FormAlert>
      ) : null}
      <div className="table-wrap">
        <table className="table month-table">
          <caption className="visually-hidden">{t('forecast.caption', { currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('financials.table.month')}</th>
              {forecastFigures.map((figure) => (
                <th key={figure} scope="col" className="table__number">
                  {t(figureLabels[figure])} ({currency})
                </th>
              ))}
              <th scope="col">{t('forecast.notes.column')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month}>
                <th scope="row">{formatMonth(month)}</th>
                {forecastFigures.map((figure) => {
                  const key = draftKey(month, figure);
                  const label = t('forecast.cell', {
                    figure: t(figureLabels[figure]),
                    month: formatMonth(month),
                  });
                  const saved = savedText(forecasts, month, figure);
                  return (
                    <td key={figure} className="table__number">
                      {canEdit ? (
                        <input
                          className="input forecast-grid__input"
                          inputMode="decimal"
                          aria-label={label}
                          aria-invalid={invalid.includes(key) || undefined}
                          value={drafts[key] ?? saved}
                          onChange={(event) =>
                            setDrafts((current) => ({ ...current, [key]: event.target.value }))
                          }
                        />
                      ) : (
                        saved || '–'
                      )}
                    </td>
                  );
                })}
                <NoteCell
                  month={month}
                  saved={savedText(forecasts, month, 'notes')}
                  draft={drafts[draftKey(month, 'notes')]}
                  invalid={invalid.includes(draftKey(month, 'notes'))}
                  canEdit={canEdit}
                  onChange={(text) =>
                    setDrafts((current) => ({ ...current, [draftKey(month, 'notes')]: text }))
                  }
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="dialog__actions">
          <Button disabled={!dirty || save.isPending} onClick={() => setDrafts({})}>
            {t('forecast.discard')}
          </Button>
          <Button variant="primary" disabled={!dirty || save.isPending} onClick={onSave}>
            {save.isPending ? t('common.saving') : t('forecast.save')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** A month's note, one line typed in place; saved with the figures. */
function NoteCell(props: {
  month: string;
  saved: string;
  draft: string | undefined;
  invalid: boolean;
  canEdit: boolean;
  onChange: (text: string) => void;
}) {
  const { month, saved, draft, invalid, canEdit, onChange } = props;
  if (!canEdit) return <td className="forecast-grid__note">{saved || '–'}</td>;
  return (
    <td className="forecast-grid__note">
      <input
        className="input forecast-grid__note-input"
        type="text"
        maxLength={maxForecastNoteLength}
        aria-label={t('forecast.notes.cell', { month: formatMonth(month) })}
        aria-invalid={invalid || undefined}
        value={draft ?? saved}
        onChange={(event) => onChange(event.target.value)}
      />
    </td>
  );
}
