import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useFillForecastsFromFees } from '../api/forecasts';
import { formatMonth } from '../lib/format-month';
import { monthsIn } from '../lib/months';

/**
 * "Fill forecast from fees": the current and future months' revenue and billing from the billable
 * fees, other cost from the costs. When months already hold a forecast, the server lists them
 * (409) and this asks before overwriting them.
 */
export function FillForecastButton({ projectId }: { projectId: number }) {
  const fill = useFillForecastsFromFees(projectId);
  const [nonEmpty, setNonEmpty] = useState<string[] | null>(null);

  function run(overwrite: boolean) {
    fill.mutate(overwrite, {
      onSuccess: () => {
        setNonEmpty(null);
        notify(t('forecast.fill.done'), 'success');
      },
      onError: (error) => {
        if (!overwrite && isApiError(error) && error.status === 409) {
          const months = monthsIn(error.current ?? error.message);
          setNonEmpty(months.length > 0 ? months : [t('forecast.fill.someMonths')]);
          fill.reset();
        }
      },
    });
  }

  const otherError = fill.isError && nonEmpty === null;
  return (
    <>
      <Button disabled={fill.isPending} onClick={() => run(false)}>
        {fill.isPending && nonEmpty === null
          ? t('forecast.fill.running')
          : t('forecast.fill.button')}
      </Button>
      {otherError ? <FormAlert>{describeError(fill.error)}</FormAlert> : null}
      <ConfirmDialog
        open={nonEmpty !== null}
        onOpenChange={(open) => {
          if (!open) {
            setNonEmpty(null);
            fill.reset();
          }
        }}
        title={t('forecast.fill.confirmTitle')}
        body={t('forecast.fill.confirmBody', {
          months: (nonEmpty ?? []).map((month) => formatMonth(month)).join(', '),
        })}
        confirmLabel={t('forecast.fill.overwrite')}
        busyLabel={t('forecast.fill.running')}
        busy={fill.isPending}
        error={fill.isError ? <FormAlert>{describeError(fill.error)}</FormAlert> : null}
        onConfirm={() => run(true)}
      />
    </>
  );
}
