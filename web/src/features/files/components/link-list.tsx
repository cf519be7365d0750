import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { formatDateTime, t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import type { CardOwner, Link } from '../api/file-schema';
import { useLinks } from '../api/get-files';
import { isWebUrl } from '../lib/link-rules';
import type { DeleteTarget } from './delete-item-dialog';
import { LinkDialog } from './link-dialog';
import { ProjectLink } from './project-link';

interface LinkListProps {
  owner: CardOwner;
  canEdit: boolean;
  headingLevel: 3 | 4;
  onDelete: (target: DeleteTarget, opener: HTMLElement | null) => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; link: Link } | null;

/** The card's links, newest first; each opens in a new tab without giving the page a handle. */
export function LinkList({ owner, canEdit, headingLevel, onDelete }: LinkListProps) {
  const links = useLinks(owner);
  const [editing, setEditing] = useState<Editing>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current() {
      return (focusTarget === null ? null : menuRefs.current.get(focusTarget)) ?? addRef.current;
    },
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const list = flattenPages(links.data);
  return (
    <div className="files-block">
      <div className="subsection__header">
        <Heading className="files-block__title">{t('links.title')}</Heading>
        {canEdit ? (
          <Button
            ref={addRef}
            onClick={() => {
              setFocusTarget(null);
              setEditing({ kind: 'new' });
            }}
          >
            {t('links.add')}
          </Button>
        ) : null}
      </div>
      {links.isPending ? <LoadingState label={t('links.loading')} /> : null}
      {links.isError ? (
        <ErrorState
          title={t('links.error')}
          error={links.error}
          onRetry={() => void links.refetch()}
        />
      ) : null}
      {links.data && list.length === 0 ? <EmptyState title={t('links.empty')} /> : null}
      {list.length > 0 ? (
        <ul className="link-list" aria-label={t('links.title')}>
          {list.map((link) => (
            <li key={link.id} className="link-item">
              <div className="link-item__text">
                {isWebUrl(link.url) ? (
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.title ?? link.url}
                    <span className="visually-hidden">{` ${t('links.newTab')}`}</span>
                  </a>
                ) : (
                  <span>{link.title ?? link.url}</span>
                )}
                {link.title ? <span className="link-item__url">{link.url}</span> : null}
                {link.description ? (
                  <span className="file-description">{link.description}</span>
                ) : null}
                {owner.kind === 'customer' ? <ProjectLink project={link.project} /> : null}
                <span className="link-item__meta">
                  {t('links.addedBy', {
                    name: link.createdBy?.name ?? t('common.none'),
                    at: formatDateTime(link.createdAt),
                  })}
                </span>
              </div>
              {canEdit ? (
                <DropdownMenu
                  label={t('links.actions', { name: link.title ?? link.url })}
                  trigger="⋯"
                  triggerRef={(element) => {
                    if (element) menuRefs.current.set(link.id, element);
                    else menuRefs.current.delete(link.id);
                  }}
                >
                  <DropdownMenuItem
                    onSelect={() => {
                      setFocusTarget(link.id);
                      setEditing({ kind: 'edit', link });
                    }}
                  >
                    {t('links.edit')}
                  </DropdownMenuItem>
                  <DropdownMenuItem
                    tone="danger"
                    onSelect={() =>
                      onDelete(
                        { kind: 'link', id: link.id, name: link.title ?? link.url },
                        menuRefs.current.get(link.id) ?? null,
                      )
                    }
                  >
                    {t('links.delete')}
                  </DropdownMenuItem>
                </DropdownMenu>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {links.hasNextPage ? (
        <div className="results__more">
          <Button onClick={() => void links.fetchNextPage()} disabled={links.isFetchingNextPage}>
            {links.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        </div>
      ) : null}
      {canEdit ? (
        <LinkDialog
          owner={owner}
          link={editing?.kind === 'edit' ? editing.link : null}
          open={editing !== null}
          onClose={() => setEditing(null)}
          returnFocusRef={returnFocusRef}
        />
      ) : null}
    </div>
  );
}
