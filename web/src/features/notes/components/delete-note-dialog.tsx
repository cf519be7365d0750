import type { RefObject } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/states';
import { notify } from '@/components/ui/toast';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Note } from '../api/note-schema';
import { useDeleteNote } from '../api/save-note';

/** How much of the note the question quotes. */
const quoteLength = 120;

function quote(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  return chars.length <= quoteLength ? chars.join('') : `${chars.slice(0, quoteLength).join('')}…`;
}

interface DeleteNoteDialogProps {
  note: Note | null;
  onClose: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** Asks before deleting a note, quoting its start. */
export function DeleteNoteDialog({ note, onClose, returnFocusRef }: DeleteNoteDialogProps) {
  const remove = useDeleteNote();
  return (
    <ConfirmDialog
      open={note !== null}
      onOpenChange={(open) => {
        if (open) return;
        remove.reset();
        onClose();
      }}
      title={t('notes.deleteTitle')}
      body={note ? quote(note.text) : ''}
      confirmLabel={t('notes.delete')}
      busyLabel={t('notes.deleting')}
      busy={remove.isPending}
      onConfirm={() => {
        if (!note) return;
        remove.mutate(note.id, {
          onSuccess: () => {
            notify(t('notes.deleted'), 'success');
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
