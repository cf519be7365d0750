import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';
import { formatFileSize } from '../lib/file-size';
import { uploadPercent, type UploadItem } from '../lib/upload-queue';

interface UploadListProps {
  items: UploadItem[];
  onCancel: (key: number) => void;
  onDismiss: (key: number) => void;
  onClearFinished: () => void;
}

function stateText(item: UploadItem): string {
  switch (item.state) {
    case 'uploading':
      return t('files.upload.percent', { percent: uploadPercent(item) });
    case 'done':
      return t('files.upload.done');
    case 'cancelled':
      return t('files.upload.cancelled');
    case 'failed':
      return item.message ?? t('files.upload.network');
  }
}

/** Each upload with its progress bar; a failure says why, at its file. */
export function UploadList({ items, onCancel, onDismiss, onClearFinished }: UploadListProps) {
  if (items.length === 0) return null;
  const finished = items.some((item) => item.state !== 'uploading');
  return (
    <div className="uploads">
      <ul className="upload-list" aria-label={t('files.upload.listLabel')}>
        {items.map((item) => (
          <li key={item.key} className={`upload upload--${item.state}`}>
            <span className="upload__name">{item.name}</span>
            <span className="upload__size">{formatFileSize(item.size)}</span>
            <progress
              className="upload__bar"
              max={100}
              value={uploadPercent(item)}
              aria-label={t('files.upload.progress', { name: item.name })}
            />
            {item.state === 'failed' ? (
              <span className="upload__state upload__state--failed" role="alert">
                {stateText(item)}
              </span>
            ) : (
              <span className="upload__state">{stateText(item)}</span>
            )}
            {item.state === 'uploading' ? (
              <Button
                variant="ghost"
                onClick={() => onCancel(item.key)}
                aria-label={t('files.upload.cancelNamed', { name: item.name })}
              >
                {t('common.cancel')}
              </Button>
            ) : (
              <Button
                variant="ghost"
                onClick={() => onDismiss(item.key)}
                aria-label={t('files.upload.dismissNamed', { name: item.name })}
              >
                {t('common.dismiss')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {finished ? (
        <Button variant="ghost" onClick={onClearFinished}>
          {t('files.upload.clearFinished')}
        </Button>
      ) : null}
      <p className="visually-hidden" role="status">
        {items.every((item) => item.state === 'done') ? t('files.upload.allDone') : ''}
      </p>
    </div>
  );
}
