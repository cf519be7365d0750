import { t } from '@/lib/i18n';

/** Short instructions for the calendar apps people use; each subscribes by URL. */
export function CalendarFeedHelp() {
  return (
    <section className="feed-help" aria-labelledby="feed-help-title">
      <h2 id="feed-help-title" className="tab-section__title">
        {t('feed.help.title')}
      </h2>
      <dl className="feed-help__list">
        <dt>{t('feed.help.outlookTitle')}</dt>
        <dd>{t('feed.help.outlook')}</dd>
        <dt>{t('feed.help.googleTitle')}</dt>
        <dd>{t('feed.help.google')}</dd>
        <dt>{t('feed.help.appleTitle')}</dt>
        <dd>{t('feed.help.apple')}</dd>
      </dl>
      <p className="field__hint">{t('feed.help.refresh')}</p>
    </section>
  );
}
