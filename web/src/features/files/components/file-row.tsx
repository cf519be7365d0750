import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuItem } from '@/components/ui/dropdown-menu';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import type { StoredFile } from '../api/file-schema';
import { downloadUrl, fileKind, fileKindIcons, previewOf, type FileKind } from '../lib/file-kind';
import { formatFileSize } from '../lib/file-size';
import { ProjectLink } from './project-link';

const kindLabels: Record<FileKind, MessageKey> = {
  image: 'files.kind.image',
  pdf: 'files.kind.pdf',
  text: 'files.kind.text',
  spreadsheet: 'files.kind.spreadsheet',
  document: 'files.kind.document',
  archive: 'files.kind.archive',
  other: 'files.kind.other',
};

interface FileRowProps {
  file: StoredFile;
  canEdit: boolean;
  showProject: boolean;
  menuRef: (element: HTMLButtonElement | null) => void;
  onPreview: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One file: icon, name, size, who uploaded it when, description; download, preview, manage. */
export function FileRow(props: FileRowProps) {
  const { file, canEdit, showProject, menuRef, onPreview, onEdit, onDelete } = props;
  const kind = fileKind(file.contentType, file.name);
  return (
    <tr>
      <td>
        <div className="file-cell">
          <span className={`file-icon file-icon--${kind}`} aria-hidden="true">
            {fileKindIcons[kind]}
          </span>
          <span className="file-cell__text">
            <span className="file-name">{file.name}</span>
            <span className="visually-hidden">{` (${t(kindLabels[kind])})`}</span>
            {file.description ? <span className="file-description">{file.description}</span> : null}
            {showProject ? <ProjectLink project={file.project} /> : null}
          </span>
        </div>
      </td>
      <td className="file-size">{formatFileSize(file.size)}</td>
      <td>
        {t('files.uploadedBy', {
          name: file.createdBy?.name ?? t('common.none'),
          at: formatDateTime(file.createdAt),
        })}
      </td>
      <td>
        <div className="row-actions">
          <a
            className="button button--secondary"
            href={downloadUrl(file.contentUrl)}
            download={file.name}
            aria-label={t('files.download.named', { name: file.name })}
          >
            {t('files.download')}
          </a>
          {previewOf(file.contentType) ? (
            <Button onClick={onPreview} aria-label={t('files.preview.named', { name: file.name })}>
              {t('files.preview')}
            </Button>
          ) : null}
          {canEdit ? (
            <DropdownMenu
              label={t('files.actions', { name: file.name })}
              trigger="⋯"
              triggerRef={menuRef}
            >
              <DropdownMenuItem onSelect={onEdit}>{t('files.edit')}</DropdownMenuItem>
              <DropdownMenuItem tone="danger" onSelect={onDelete}>
                {t('files.delete')}
              </DropdownMenuItem>
            </DropdownMenu>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
