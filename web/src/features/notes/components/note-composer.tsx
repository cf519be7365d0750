import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/states';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import type { Note, NoteOwner } from '../api/note-schema';
import { useCreateNote } from '../api/save-note';
import { localNoteError } from '../lib/note-rules';
import { NoteTextField } from './note-text-field';

/** After a save: "Save" shows the new note, "Add more" stays in the box for the next one. */
type AfterSave = 'show-note' | 'next-note';

interface NoteComposerProps {
  owner: NoteOwner;
  /** Called with a note saved by "Save", so the list can move the focus to it. */
  onSaved: (note: Note) => void;
}

/** Quick entry: "New note", saved with Save, Add more or Ctrl/Cmd+Enter. */
export function NoteComposer({ owner, onSaved }: NoteComposerProps) {
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const create = useCreateNote(owner);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const serverError = isApiError(create.error) ? create.error.fieldMessages().text : undefined;
  const fieldError = localError ?? serverError;
  const otherError = create.error && !serverError ? describeError(create.error) : null;

  function save(after: AfterSave) {
    if (create.isPending) return;
    const problem = localNoteError(text);
    if (problem) {
      setLocalError(t(problem));
      textareaRef.current?.focus();
      return;
    }
    setLocalError(null);
    create.mutate(text, {
      onSuccess: (note) => {
        setText('');
        setStatus(t('notes.saved'));
        if (after === 'next-note') textareaRef.current?.focus();
        else onSaved(note);
      },
      onError: () => textareaRef.current?.focus(),
    });
  }

  return (
    <form
      className="note-composer"
      aria-label={t('notes.composer')}
      onSubmit={(event) => {
        event.preventDefault();
        save('show-note');
      }}
      noValidate
    >
      <NoteTextField
        label={t('notes.new')}
        value={text}
        onChange={(value) => {
          setText(value);
          setLocalError(null);
          setStatus('');
          if (create.isError) create.reset();
        }}
        onSave={() => save('next-note')}
        error={fieldError}
        busy={create.isPending}
        textareaRef={textareaRef}
      />
      {otherError ? <FormAlert>{otherError}</FormAlert> : null}
      <div className="note-composer__actions">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={() => save('next-note')} disabled={create.isPending}>
          {t('notes.addMore')}
        </Button>
        <span className="note-composer__status" role="status">
          {status}
        </span>
      </div>
    </form>
  );
}
