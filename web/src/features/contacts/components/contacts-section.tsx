import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { downloadUrls, type Contact, type ContactSort } from '../api/contact-schema';
import { useAddresses } from '../api/get-addresses';
import { useContacts } from '../api/get-contacts';
import { ContactDialog } from './contact-dialog';
import { ContactsTable } from './contacts-table';
import { ContactsToolbar } from './contacts-toolbar';
import { DeleteContactDialog } from './delete-contact-dialog';

/** How long typing must pause before the search goes to the server. */
const searchDebounceMs = 250;

interface ContactsSectionProps {
  customerId: number;
  canEdit: boolean;
}

type Editing = { kind: 'new' } | { kind: 'edit'; contact: Contact } | null;

/** The customer's contacts, paginated on the server; search, sort, inactive ones on demand. */
export function ContactsSection({ customerId, canEdit }: ContactsSectionProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, searchDebounceMs);
  const [sort, setSort] = useState<ContactSort>('name');
  const [showInactive, setShowInactive] = useState(false);
  const filters = { q: q.trim(), sort, showInactive };
  const list = useContacts(customerId, filters);
  const addresses = useAddresses(customerId);
  const contacts = flattenPages(list.data);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current(): HTMLElement | null {
      const menu = focusTarget === null ? undefined : menuRefs.current.get(focusTarget);
      return menu ?? addButtonRef.current;
    },
  };
  const filtered = filters.q !== '' || showInactive;
  const updating = list.isFetching && !list.isFetchingNextPage && list.isPlaceholderData;

  return (
    <section className="subsection" aria-labelledby="contacts-title">
      <div className="subsection__header">
        <h3 id="contacts-title" className="subsection__title">
          {t('contact.section')}
        </h3>
        <div className="subsection__actions">
          <Link to="/contacts/mailing-list">{t('contact.mailingLists')}</Link>
          <a href={downloadUrls.customerVcard(customerId)} download>
            {t('contact.downloadAll')}
          </a>
          {canEdit ? (
            <Button
              ref={addButtonRef}
              onClick={() => {
                setFocusTarget(null);
                setEditing({ kind: 'new' });
              }}
            >
              {t('contact.add')}
            </Button>
          ) : null}
        </div>
      </div>
      <ContactsToolbar
        search={search}
        onSearchChange={setSearch}
        sort={sort}
        onSortChange={setSort}
        showInactive={showInactive}
        onShowInactiveChange={setShowInactive}
      />
      {list.isPending ? <LoadingState label={t('app.loading')} /> : null}
      {list.isError && !list.data ? (
        <ErrorState
          title={t('contact.error')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        <div className="results" aria-busy={updating || undefined}>
          <p className="results__count" role="status">
            {updating ? t('contact.updating') : t('contact.shown', { count: contacts.length })}
          </p>
          {contacts.length === 0 ? (
            filtered ? (
              <EmptyState title={t('contact.noMatchTitle')} body={t('contact.noMatchBody')} />
            ) : (
              <EmptyState
                title={t('contacts.emptyTitle')}
                body={canEdit ? t('contact.emptyBody') : undefined}
              />
            )
          ) : (
            <ContactsTable
              contacts={contacts}
              addresses={addresses.data ?? []}
              canEdit={canEdit}
              onEdit={(contact) => {
                setFocusTarget(contact.id);
                setEditing({ kind: 'edit', contact });
              }}
              onDelete={(contact) => {
                setFocusTarget(contact.id);
                setDeleting(contact);
              }}
              menuRef={(id, element) => {
                if (element) menuRefs.current.set(id, element);
                else menuRefs.current.delete(id);
              }}
            />
          )}
          {list.isFetchNextPageError ? (
            <ErrorState title={t('contact.error')} error={list.error} />
          ) : null}
          {list.hasNextPage ? (
            <div className="results__more">
              <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {canEdit ? (
        <>
          <ContactDialog
            customerId={customerId}
            contact={editing?.kind === 'edit' ? editing.contact : null}
            open={editing !== null}
            onOpenChange={(open) => {
              if (!open) setEditing(null);
            }}
            returnFocusRef={returnFocusRef}
          />
          <DeleteContactDialog
            customerId={customerId}
            contact={deleting}
            onClose={(deleted) => {
              if (deleted) setFocusTarget(null);
              setDeleting(null);
            }}
            returnFocusRef={returnFocusRef}
          />
        </>
      ) : null}
    </section>
  );
}
