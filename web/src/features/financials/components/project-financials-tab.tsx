import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { useProjectFinancials } from '../api/get-financials';
import { useForecasts } from '../api/forecasts';
import { financialsWindow, monthsBetween } from '../lib/months';
import { FillForecastButton } from './fill-forecast-button';
import { ForecastGrid } from './forecast-grid';
import { ProjectMonthTable } from './project-month-table';

interface ProjectFinancialsTabProps {
  projectId: number;
  currency: string;
  /** `YYYY-MM` today. */
  currentMonth: string;
  canEdit: boolean;
}

/** The project's figures by month (actual, forecast, difference) and its editable forecast. */
export function ProjectFinancialsTab(props: ProjectFinancialsTabProps) {
  const { projectId, currency, currentMonth, canEdit } = props;
  const { from, to } = financialsWindow(currentMonth);
  const financials = useProjectFinancials(projectId, from, to);
  const forecasts = useForecasts(projectId);
  const months = monthsBetween(from, to);
  const totals = financials.data?.totals;
  const nothingYet =
    totals !== undefined &&
    totals.billableMinutes + totals.nonBillableMinutes === 0 &&
    (totals.revenue.actual ?? 0) === 0 &&
    (totals.otherCost.actual ?? 0) === 0;

  return (
    <div>
      <h3 className="tab-section__subtitle">{t('financials.table.title')}</h3>
      {financials.isPending ? <LoadingState label={t('financials.loading')} /> : null}
      {financials.isError ? (
        <ErrorState
          title={t('financials.error')}
          error={financials.error}
          onRetry={() => void financials.refetch()}
        />
      ) : null}
      {nothingYet ? (
        <EmptyState title={t('financials.noActuals.title')} body={t('financials.noActuals.body')} />
      ) : null}
      {financials.data ? (
        <ProjectMonthTable financials={financials.data} currentMonth={currentMonth} />
      ) : null}

      <div className="card-section__header">
        <h3 className="tab-section__subtitle">{t('forecast.title')}</h3>
        {canEdit ? <FillForecastButton projectId={projectId} /> : null}
      </div>
      {forecasts.isPending ? <LoadingState label={t('forecast.loading')} /> : null}
      {forecasts.isError ? (
        <ErrorState
          title={t('forecast.error')}
          error={forecasts.error}
          onRetry={() => void forecasts.refetch()}
        />
      ) : null}
      {forecasts.data ? (
        <ForecastGrid
          projectId={projectId}
          currency={financials.data?.currency ?? currency}
          months={months}
          forecasts={forecasts.data}
          canEdit={canEdit}
          onReload={() => void forecasts.refetch()}
        />
      ) : null}
    </div>
  );
}
