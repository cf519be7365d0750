import type { RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { useDeleteFile } from '../api/save-file';
import { useDeleteLink } from '../api/save-link';

/** What is about to be deleted: a file or a link, by id, with the name the question uses. */
export interface DeleteTarget {
  kind: 'file' | 'link';
  id: number;
  name: string;
}

interface DeleteItemDialogProps {
  target: DeleteTarget | null;
  onClose: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** Asks before deleting a file (its content goes with it) or a link. */
export function DeleteItemDialog({ target, onClose, returnFocusRef }: DeleteItemDialogProps) {
  const deleteFile = useDeleteFile();
  const deleteLink = useDeleteLink();
  const remove = target?.kind === 'link' ? deleteLink : deleteFile;
  const isFile = target?.kind !== 'link';
  return (
    <ConfirmDialog
      open={target !== null}
      onOpenChange={(open) => {
        if (open) return;
        remove.reset();
        onClose();
      }}
      title={t(isFile ? 'files.delete.title' : 'links.delete.title', { name: target?.name ?? '' })}
      body={t(isFile ? 'files.delete.body' : 'links.delete.body')}
      confirmLabel={t('files.delete.confirm')}
      busyLabel={t('files.delete.deleting')}
      busy={remove.isPending}
      onConfirm={() => {
        if (!target) return;
        remove.mutate(target.id, {
          onSuccess: () => {
            notify(t(isFile ? 'files.deleted' : 'links.deleted', { name: target.name }), 'success');
            remove.reset();
            onClose();
          },
        });
      }}
      error={remove.error ? <FormAlert>{describeError(remove.error)}</FormAlert> : null}
      returnFocusRef={returnFocusRef}
    />
  );
}
