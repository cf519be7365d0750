import { useEffect } from 'react';
import { Link, Outlet, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { isApiError } from '@/lib/api-error';
import { t } from '@/lib/i18n';
import { useCustomerCard } from '../api/get-customer-card';
import { CardTabs } from './card-tabs';
import { CustomerHeader } from './customer-header';

/** `/customers/:customerId/*`: the header, the tab links, and the current tab below them. */
export function CustomerCardPage() {
  const { customerId } = useParams();
  const id = Number(customerId);
  const card = useCustomerCard(id);
  const name = card.data?.customer.name;

  useEffect(() => {
    if (name) document.title = `${name} · ${t('app.name')}`;
  }, [name]);

  const back = (
    <Link className="back-link" to="/customers">
      {t('card.backToList')}
    </Link>
  );

  if (!Number.isInteger(id) || id <= 0) {
    return (
      <div className="page">
        {back}
        <ErrorState title={t('card.notFound')} />
      </div>
    );
  }
  if (card.isError) {
    const notFound = isApiError(card.error) && card.error.status === 404;
    return (
      <div className="page">
        {back}
        {notFound ? (
          <ErrorState title={t('card.notFound')} />
        ) : (
          <ErrorState
            title={t('card.error')}
            error={card.error}
            onRetry={() => void card.refetch()}
          />
        )}
      </div>
    );
  }
  return (
    <div className="page card-page">
      {back}
      {/* The tabs load alongside the header: neither waits for the other. */}
      {card.isPending ? (
        <LoadingState label={t('card.loading')} />
      ) : (
        <CustomerHeader card={card.data} />
      )}
      <CardTabs />
      <div className="tab-panel">
        <Outlet />
      </div>
    </div>
  );
}
