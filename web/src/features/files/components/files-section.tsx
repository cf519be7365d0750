import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { NestedSection, type SectionPlacement } from '@/components/ui/nested-section';
import { t } from '@/lib/i18n';
import type { CardOwner } from '../api/file-schema';
import { useUploads } from '../api/use-uploads';
import { DeleteItemDialog, type DeleteTarget } from './delete-item-dialog';
import { FileList } from './file-list';
import { LinkList } from './link-list';
import { UploadList } from './upload-list';
import { useFileDrop } from './use-file-drop';

interface FilesSectionProps {
  /** The customer card lists the customer's and its projects' ones; a project card its own. */
  owner: CardOwner;
  /** Customers edit of the card's customer: upload, rename, describe, delete, add links. */
  canEdit: boolean;
  placement: SectionPlacement;
}

/** "Files & links": files (upload by button or by dropping them here) and links. */
export function FilesSection({ owner, canEdit, placement }: FilesSectionProps) {
  const uploads = useUploads(owner);
  const drop = useFileDrop(uploads.upload);
  const inputRef = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const returnFocusRef = {
    get current() {
      return openerRef.current?.isConnected ? openerRef.current : sectionRef.current;
    },
  };
  const subheading = placement === 'card' ? 3 : 4;
  const onDelete = (target: DeleteTarget, opener: HTMLElement | null) => {
    openerRef.current = opener;
    setDeleting(target);
  };

  const uploadControls = canEdit ? (
    <div className="upload-controls">
      <div className="upload-controls__row">
        <Button onClick={() => inputRef.current?.click()}>{t('files.upload')}</Button>
        <span className="upload-controls__hint">{t('files.upload.dropHint')}</span>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so that choosing the same file again is a change too.
            event.target.value = '';
            if (files.length > 0) uploads.upload(files);
          }}
        />
      </div>
      <UploadList
        items={uploads.items}
        onCancel={uploads.cancel}
        onDismiss={uploads.dismiss}
        onClearFinished={uploads.clearFinished}
      />
    </div>
  ) : null;

  return (
    <NestedSection
      ref={sectionRef}
      placement={placement}
      title={t('files.section')}
      className={['files-section', drop.dragging ? 'files-section--dragging' : null]
        .filter(Boolean)
        .join(' ')}
      tabIndex={-1}
      {...(canEdit ? drop.handlers : {})}
    >
      {canEdit && drop.dragging ? (
        <div className="drop-zone" aria-hidden="true">
          {t('files.upload.dropHere')}
        </div>
      ) : null}
      <FileList
        owner={owner}
        canEdit={canEdit}
        headingLevel={subheading}
        uploadControls={uploadControls}
        onDelete={onDelete}
      />
      <LinkList owner={owner} canEdit={canEdit} headingLevel={subheading} onDelete={onDelete} />
      {canEdit ? (
        <DeleteItemDialog
          target={deleting}
          onClose={() => setDeleting(null)}
          returnFocusRef={returnFocusRef}
        />
      ) : null}
    </NestedSection>
  );
}
