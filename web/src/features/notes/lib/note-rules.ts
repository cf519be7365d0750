import type { MessageKey } from '@/lib/i18n';
import type { Note } from '../api/note-schema';

/** The server's limit (docs/api.md): 1–10,000 characters after trimming. */
export const noteMaxLength = 10_000;
/** The counter appears from here on, so it does not distract while typing ordinary notes. */
export const noteCounterFrom = 9_000;

/** Characters as the server counts them: code points of the trimmed text (an emoji is one). */
export function noteLength(text: string): number {
  return Array.from(text.trim()).length;
}

export interface NoteCounter {
  length: number;
  visible: boolean;
  over: boolean;
}

export function noteCounter(text: string): NoteCounter {
  const length = noteLength(text);
  return { length, visible: length >= noteCounterFrom, over: length > noteMaxLength };
}

/** What the browser can tell before asking the server (which checks again). */
export function localNoteError(text: string): MessageKey | null {
  const length = noteLength(text);
  if (length === 0) return 'notes.validation.empty';
  if (length > noteMaxLength) return 'notes.validation.tooLong';
  return null;
}

/** Ctrl+Enter, or Cmd+Enter on a Mac, saves a note. */
export function isSaveShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/** Who is looking at the notes, and what their role lets them do on this card. */
export interface NoteViewer {
  userId: number;
  /** Customers edit of this card's customer (the card's `canEdit`). */
  canEdit: boolean;
  /** Customers edit on all customers: may delete anyone's note. */
  deletesAny: boolean;
}

export interface NoteControls {
  edit: boolean;
  delete: boolean;
}

/** Authors edit and delete their own notes; editors of all customers delete any (DESIGN §6). */
export function noteControls(note: Pick<Note, 'author'>, viewer: NoteViewer): NoteControls {
  if (!viewer.canEdit) return { edit: false, delete: false };
  const own = note.author?.id === viewer.userId;
  return { edit: own, delete: own || viewer.deletesAny };
}

/** Changed after it was written (the first save is version 1). */
export function isEdited(note: Pick<Note, 'version' | 'createdAt' | 'updatedAt'>): boolean {
  return note.version > 1 || note.updatedAt !== note.createdAt;
}
