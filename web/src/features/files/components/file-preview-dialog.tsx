import { useEffect, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import type { StoredFile } from '../api/file-schema';
import { downloadUrl, previewOf } from '../lib/file-kind';

interface FilePreviewDialogProps {
  file: StoredFile | null;
  onClose: () => void;
}

/** Shows an image or a PDF without leaving the card. */
export function FilePreviewDialog({ file, onClose }: FilePreviewDialogProps) {
  return (
    <Dialog
      open={file !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={file ? t('files.preview.title', { name: file.name }) : ''}
      size="large"
    >
      {file ? (
        <div className="file-preview">
          {previewOf(file.contentType) === 'pdf' ? (
            <PdfPreview file={file} />
          ) : (
            <img className="file-preview__image" src={file.contentUrl} alt={file.name} />
          )}
          <p>
            <a href={downloadUrl(file.contentUrl)} download={file.name}>
              {t('files.download.named', { name: file.name })}
            </a>
          </p>
        </div>
      ) : null}
    </Dialog>
  );
}

/**
 * The content URL forbids being framed as a document (its CSP sandboxes it, and Chromium's PDF
 * viewer refuses sandboxed documents), so the PDF is fetched and framed as a same-origin blob.
 */
function PdfPreview({ file }: { file: StoredFile }) {
  const [state, setState] = useState<{ url: string | null; error: unknown }>({
    url: null,
    error: null,
  });
  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    fetch(file.contentUrl, { credentials: 'same-origin', signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.blob();
      })
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setState({ url, error: null });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ url: null, error });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [file.contentUrl]);

  if (state.error) return <ErrorState title={t('files.preview.error')} error={state.error} />;
  if (!state.url) return <LoadingState label={t('files.preview.loading')} />;
  return <iframe className="file-preview__frame" src={state.url} title={file.name} />;
}
