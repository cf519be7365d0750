import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/states';
import { VersionConflictNotice } from '@/components/ui/version-conflict-notice';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { t } from '@/lib/i18n';
import { noteSchema, type Note } from '../api/note-schema';
import { useUpdateNote } from '../api/save-note';
import { localNoteError } from '../lib/note-rules';
import { NoteTextField } from './note-text-field';

interface NoteEditorProps {
  note: Note;
  onDone: () => void;
}

/** Edits a note in place; a stale version shows their text next to the user's (409). */
export function NoteEditor({ note, onDone }: NoteEditorProps) {
  // What the user started from: a save is checked against this version.
  const [base, setBase] = useState({ text: note.text, version: note.version });
  const [text, setText] = useState(note.text);
  const [localError, setLocalError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Note | null>(null);
  const [rebased, setRebased] = useState(false);
  const update = useUpdateNote();
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const box = textareaRef.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);

  const serverError = isApiError(update.error) ? update.error.fieldMessages().text : undefined;
  const otherError =
    update.error && !serverError && conflict === null ? describeError(update.error) : null;

  function save() {
    if (update.isPending || conflict !== null) return;
    const problem = localNoteError(text);
    if (problem) {
      setLocalError(t(problem));
      return;
    }
    if (text.trim() === base.text.trim()) {
      onDone();
      return;
    }
    setRebased(false);
    update.mutate(
      { id: note.id, text, version: base.version },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isApiError(error) || error.status !== 409) return;
          const current = noteSchema.safeParse(error.current);
          if (current.success) setConflict(current.data);
        },
      },
    );
  }

  function reloadKeepingMine() {
    if (conflict === null) return;
    setBase({ text: conflict.text, version: conflict.version });
    setConflict(null);
    setRebased(true);
    update.reset();
    textareaRef.current?.focus();
  }

  return (
    <form
      className="note-editor"
      aria-label={t('notes.editForm')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      noValidate
    >
      {conflict ? (
        <VersionConflictNotice
          title={t('notes.conflict.title')}
          savedBy={conflict.updatedBy?.name ?? null}
          savedAt={conflict.updatedAt}
          rows={[
            { field: 'text', label: t('notes.field.text'), yours: text, theirs: conflict.text },
          ]}
          onReload={reloadKeepingMine}
          onDiscard={onDone}
        />
      ) : null}
      {rebased ? (
        <p className="notice" role="status">
          {t('conflict.reloaded')}
        </p>
      ) : null}
      <NoteTextField
        label={t('notes.edit.label')}
        value={text}
        onChange={(value) => {
          setText(value);
          setLocalError(null);
        }}
        onSave={save}
        onCancel={onDone}
        error={localError ?? serverError}
        busy={update.isPending}
        textareaRef={textareaRef}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
      />
      {otherError ? <FormAlert>{otherError}</FormAlert> : null}
      <div className="note-composer__actions">
        <Button type="submit" variant="primary" disabled={update.isPending || conflict !== null}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
