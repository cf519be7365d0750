import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState, FormAlert, LoadingState } from '@/components/ui/states';
import { TextField } from '@/components/ui/text-field';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { formatDateTime, t } from '@/lib/i18n';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../api/calendar-feed';
import { CalendarFeedHelp } from './calendar-feed-help';

type Asking = 'regenerate' | 'revoke' | null;

/**
 * `/me/calendar`: the signed-in user's subscription URL for their activities. The server keeps
 * only a hash of the secret, so the URL can be shown once, right after it was made.
 */
export function CalendarFeedPage() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t('feed.title')} · ${t('app.name')}`;
  }, []);

  function makeUrl() {
    create.mutate(undefined, {
      onSuccess: (created) => {
        setUrl(created.url);
        setAsking(null);
        notify(t('feed.created'), 'success');
      },
    });
  }

  function revokeUrl() {
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setAsking(null);
        notify(t('feed.revoked'), 'success');
      },
    });
  }

  async function copy() {
    if (url === null) return;
    try {
      await navigator.clipboard.writeText(url);
      notify(t('feed.copied'), 'success');
    } catch {
      // Without clipboard access (e.g. plain http), the text is selected for Ctrl+C.
      urlRef.current?.select();
      notify(t('feed.copyManually'), 'info');
    }
  }

  const active = feed.data?.active ?? false;
  return (
    <div className="page">
      <h1 className="page__title">{t('feed.title')}</h1>
      <p>{t('feed.intro')}</p>
      {feed.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {feed.isError ? (
        <ErrorState
          title={t('feed.error')}
          error={feed.error}
          onRetry={() => void feed.refetch()}
        />
      ) : null}
      {feed.data ? (
        <section className="feed" aria-labelledby="feed-state-title">
          <h2 id="feed-state-title" className="tab-section__title">
            {t('feed.subscription')}
          </h2>
          <p role="status">
            {active
              ? t('feed.active', { at: formatDateTime(feed.data.createdAt) })
              : t('feed.inactive')}
          </p>
          {create.isError && asking === null ? (
            <FormAlert>{describeError(create.error)}</FormAlert>
          ) : null}
          {url ? (
            <div className="feed__url">
              <TextField
                ref={urlRef}
                label={t('feed.url')}
                hint={t('feed.urlOnce')}
                value={url}
                readOnly
                onFocus={(event) => event.target.select()}
              />
              <Button onClick={() => void copy()}>{t('feed.copy')}</Button>
            </div>
          ) : null}
          <div className="feed__actions">
            {active ? (
              <>
                <Button onClick={() => setAsking('regenerate')}>{t('feed.regenerate')}</Button>
                <Button variant="danger" onClick={() => setAsking('revoke')}>
                  {t('feed.revoke')}
                </Button>
              </>
            ) : (
              <Button variant="primary" onClick={makeUrl} disabled={create.isPending}>
                {create.isPending ? t('feed.creating') : t('feed.create')}
              </Button>
            )}
          </div>
        </section>
      ) : null}
      <CalendarFeedHelp />
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => {
          if (open) return;
          setAsking(null);
          create.reset();
          revoke.reset();
        }}
        title={asking === 'revoke' ? t('feed.revokeTitle') : t('feed.regenerateTitle')}
        body={asking === 'revoke' ? t('feed.revokeBody') : t('feed.regenerateBody')}
        confirmLabel={asking === 'revoke' ? t('feed.revoke') : t('feed.regenerate')}
        busyLabel={asking === 'revoke' ? t('feed.revoking') : t('feed.creating')}
        busy={create.isPending || revoke.isPending}
        error={
          create.isError || revoke.isError ? (
            <FormAlert>{describeError(create.error ?? revoke.error)}</FormAlert>
          ) : null
        }
        onConfirm={asking === 'revoke' ? revokeUrl : makeUrl}
      />
    </div>
  );
}
