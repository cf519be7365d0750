import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { formatDateTime, t } from '@/lib/i18n';
import type { Note } from '../api/note-schema';
import { isEdited, type NoteControls } from '../lib/note-rules';
import { formatRelativeTime } from '../lib/relative-time';
import { NoteEditor } from './note-editor';

interface NoteItemProps {
  note: Note;
  controls: NoteControls;
  /** On the customer card: a project's note says which project, as a link to its card. */
  showProject: boolean;
  /** Takes the focus once shown (the note just saved with "Save"). */
  focusOnMount: boolean;
  onDelete: (note: Note, opener: HTMLButtonElement | null) => void;
}

/** One note: author, when, the text as typed (line breaks kept; never HTML), edit and delete. */
export function NoteItem({ note, controls, showProject, focusOnMount, onDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const itemRef = useRef<HTMLElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  // Once the editor is gone, the focus goes back to the button that opened it (after the commit
  // that renders the button again, hence an effect rather than a timer).
  const [refocusEdit, setRefocusEdit] = useState(false);

  useEffect(() => {
    if (focusOnMount) itemRef.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (editing || !refocusEdit) return;
    editRef.current?.focus();
    setRefocusEdit(false);
  }, [editing, refocusEdit]);

  const author = note.author?.name ?? t('notes.unknownAuthor');
  return (
    <li className="note">
      <article ref={itemRef} tabIndex={-1} aria-labelledby={headingId} className="note__body">
        <header className="note__meta">
          <h4 id={headingId} className="note__author">
            {author}
          </h4>
          <time dateTime={note.createdAt} className="note__time">
            {formatRelativeTime(note.createdAt)}
            <span className="note__exact">{` · ${formatDateTime(note.createdAt)}`}</span>
          </time>
          {isEdited(note) ? (
            <span className="note__edited">
              {t('notes.edited', {
                name: note.updatedBy?.name ?? author,
                at: formatDateTime(note.updatedAt),
              })}
            </span>
          ) : null}
          {showProject && note.project ? (
            <Link className="note__project" to={`/projects/${note.project.id}`}>
              {t('notes.project', { number: note.project.number, name: note.project.name })}
            </Link>
          ) : null}
        </header>
        {editing ? (
          <NoteEditor
            note={note}
            onDone={() => {
              setEditing(false);
              setRefocusEdit(true);
            }}
          />
        ) : (
          <p className="note__text">{note.text}</p>
        )}
        {!editing && (controls.edit || controls.delete) ? (
          <div className="note__actions">
            {controls.edit ? (
              <Button variant="ghost" ref={editRef} onClick={() => setEditing(true)}>
                {t('notes.edit')}
              </Button>
            ) : null}
            {controls.delete ? (
              <Button
                variant="ghost"
                ref={deleteRef}
                onClick={() => onDelete(note, deleteRef.current)}
              >
                {t('notes.delete')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}
