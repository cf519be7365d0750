import { useEffect } from 'react';
import { t, type MessageKey } from '@/lib/i18n';

/** A section that a later release fills in; says so instead of showing made-up content. */
export function PlaceholderPage({
  titleKey,
  bodyKey,
}: {
  titleKey: MessageKey;
  bodyKey: MessageKey;
}) {
  const title = t(titleKey);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title]);
  return (
    <div className="page">
      <h1 className="page__title">{title}</h1>
      <p className="state__body">{t(bodyKey)}</p>
    </div>
  );
}
