import { useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import type { CardOwner, StoredFile } from '../api/file-schema';
import { useFiles } from '../api/get-files';
import type { DeleteTarget } from './delete-item-dialog';
import { FileDialog } from './file-dialog';
import { FilePreviewDialog } from './file-preview-dialog';
import { FileRow } from './file-row';

interface FileListProps {
  owner: CardOwner;
  canEdit: boolean;
  headingLevel: 3 | 4;
  /** The upload button and the upload list, when the user may upload. */
  uploadControls: ReactNode;
  onDelete: (target: DeleteTarget, opener: HTMLElement | null) => void;
}

/** The card's files, newest first, a page at a time. */
export function FileList({
  owner,
  canEdit,
  headingLevel,
  uploadControls,
  onDelete,
}: FileListProps) {
  const files = useFiles(owner);
  const [previewing, setPreviewing] = useState<StoredFile | null>(null);
  const [editing, setEditing] = useState<StoredFile | null>(null);
  const menuRefs = useRef(new Map<number, HTMLButtonElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const returnFocusRef = {
    get current() {
      return (
        (focusTarget === null ? null : menuRefs.current.get(focusTarget)) ?? headingRef.current
      );
    },
  };
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const list = flattenPages(files.data);
  return (
    <div className="files-block">
      <div className="subsection__header">
        <Heading ref={headingRef} tabIndex={-1} className="files-block__title">
          {t('files.title')}
        </Heading>
      </div>
      {uploadControls}
      {files.isPending ? <LoadingState label={t('files.loading')} /> : null}
      {files.isError ? (
        <ErrorState
          title={t('files.error')}
          error={files.error}
          onRetry={() => void files.refetch()}
        />
      ) : null}
      {files.data && list.length === 0 ? (
        <EmptyState title={t('files.empty')} body={canEdit ? t('files.emptyBody') : undefined} />
      ) : null}
      {list.length > 0 ? (
        <div className="table-wrap">
          <table className="table file-table" aria-label={t('files.title')}>
            <thead>
              <tr>
                <th scope="col">{t('files.column.name')}</th>
                <th scope="col">{t('files.column.size')}</th>
                <th scope="col">{t('files.column.uploaded')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('files.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((file) => (
                <FileRow
                  key={file.id}
                  file={file}
                  canEdit={canEdit}
                  showProject={owner.kind === 'customer'}
                  menuRef={(element) => {
                    if (element) menuRefs.current.set(file.id, element);
                    else menuRefs.current.delete(file.id);
                  }}
                  onPreview={() => setPreviewing(file)}
                  onEdit={() => {
                    setFocusTarget(file.id);
                    setEditing(file);
                  }}
                  onDelete={() =>
                    onDelete(
                      { kind: 'file', id: file.id, name: file.name },
                      menuRefs.current.get(file.id) ?? null,
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {files.hasNextPage ? (
        <div className="results__more">
          <Button onClick={() => void files.fetchNextPage()} disabled={files.isFetchingNextPage}>
            {files.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        </div>
      ) : null}
      <FilePreviewDialog file={previewing} onClose={() => setPreviewing(null)} />
      {canEdit ? (
        <FileDialog
          file={editing}
          onClose={() => setEditing(null)}
          returnFocusRef={returnFocusRef}
        />
      ) : null}
    </div>
  );
}
