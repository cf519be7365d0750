import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { downloadUrls } from '../api/contact-schema';
import { useContactOptions } from '../api/get-contact-options';
import { useMailingList } from '../api/get-mailing-list';
import { MailingListTable } from './mailing-list-table';

/** `/contacts/mailing-list?keyword=ID`: the active contacts with a keyword, and their CSV. */
export function MailingListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const keywords = useContactOptions('keywords');
  const requested = Number(searchParams.get('keyword'));
  const keywordId = Number.isInteger(requested) && requested > 0 ? requested : null;
  const keyword = keywords.data?.find((item) => item.id === keywordId) ?? null;
  const list = useMailingList(keyword ? keyword.id : null);
  const contacts = flattenPages(list.data);

  useEffect(() => {
    document.title = `${t('mailingList.title')} · ${t('app.name')}`;
  }, []);

  return (
    <div className="page">
      <div className="page__header">
        <h1 className="page__title">{t('mailingList.title')}</h1>
        {keyword ? (
          <a
            className="button button--primary"
            href={downloadUrls.mailingListCsv(keyword.id)}
            download
          >
            {t('mailingList.export')}
          </a>
        ) : null}
      </div>
      <p>{t('mailingList.description')}</p>
      {keywords.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {keywords.isError ? (
        <ErrorState title={t('mailingList.error')} error={keywords.error} />
      ) : null}
      {keywords.data && keywords.data.length === 0 ? (
        <EmptyState
          title={t('mailingList.noKeywordsTitle')}
          body={t('mailingList.noKeywordsBody')}
        />
      ) : null}
      {keywords.data && keywords.data.length > 0 ? (
        <div className="filters filters--single">
          <SelectField
            label={t('mailingList.keyword')}
            name="keyword"
            value={keyword ? String(keyword.id) : ''}
            onChange={(event) =>
              setSearchParams(event.target.value ? { keyword: event.target.value } : {}, {
                replace: true,
              })
            }
          >
            <option value="">{t('mailingList.chooseKeyword')}</option>
            {keywords.data.map((item) => (
              <option key={item.id} value={String(item.id)}>
                {item.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {keyword && list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {keyword && list.isError ? (
        <ErrorState
          title={t('mailingList.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {keyword && list.data ? (
        <div className="results">
          <p className="results__count" role="status">
            {t('mailingList.shown', { count: contacts.length })}
          </p>
          {contacts.length === 0 ? (
            <EmptyState title={t('mailingList.emptyTitle')} />
          ) : (
            <MailingListTable
              caption={t('mailingList.tableCaption', { name: keyword.name })}
              contacts={contacts}
            />
          )}
          {list.hasNextPage ? (
            <div className="results__more">
              <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
