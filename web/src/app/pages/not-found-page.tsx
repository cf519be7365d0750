import { Link } from 'react-router-dom';
import { t } from '@/lib/i18n';

export function NotFoundPage() {
  return (
    <div className="page">
      <h1 className="page__title">{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <Link to="/customers">{t('app.notFound.back')}</Link>
    </div>
  );
}

export function NoAccessPage() {
  return (
    <div className="page">
      <h1 className="page__title">{t('app.noAccess.title')}</h1>
      <p>{t('app.noAccess.body')}</p>
    </div>
  );
}
