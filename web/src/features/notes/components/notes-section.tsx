import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { NestedSection, type SectionPlacement } from '@/components/ui/nested-section';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { t } from '@/lib/i18n';
import { flattenPages } from '@/lib/infinite-list';
import { useNotes } from '../api/get-notes';
import type { Note, NoteOwner } from '../api/note-schema';
import { noteControls, type NoteViewer } from '../lib/note-rules';
import { DeleteNoteDialog } from './delete-note-dialog';
import { NoteComposer } from './note-composer';
import { NoteItem } from './note-item';

interface NotesSectionProps {
  /** The customer card lists the customer's and its projects' notes; a project card its own. */
  owner: NoteOwner;
  viewer: NoteViewer;
  placement: SectionPlacement;
}

/** Notes on a customer card or a project card: quick entry, newest first, edit and delete. */
export function NotesSection({ owner, viewer, placement }: NotesSectionProps) {
  const notes = useNotes(owner);
  const [focusNoteId, setFocusNoteId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Note | null>(null);
  // The delete button that opened the dialog goes with its note: then the focus goes to the list.
  const openerRef = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const returnFocusRef = {
    get current() {
      return openerRef.current?.isConnected ? openerRef.current : listRef.current;
    },
  };

  const list = flattenPages(notes.data);
  return (
    <NestedSection placement={placement} title={t('notes.title')} className="notes">
      {viewer.canEdit ? (
        <NoteComposer owner={owner} onSaved={(note) => setFocusNoteId(note.id)} />
      ) : null}
      {notes.isPending ? <LoadingState label={t('notes.loading')} /> : null}
      {notes.isError ? (
        <ErrorState
          title={t('notes.error')}
          error={notes.error}
          onRetry={() => void notes.refetch()}
        />
      ) : null}
      {notes.data && list.length === 0 ? <EmptyState title={t('notes.empty')} /> : null}
      {list.length > 0 ? (
        <ul ref={listRef} className="note-list" aria-label={t('notes.listLabel')} tabIndex={-1}>
          {list.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              controls={noteControls(note, viewer)}
              showProject={owner.kind === 'customer'}
              focusOnMount={note.id === focusNoteId}
              onDelete={(target, opener) => {
                openerRef.current = opener;
                setDeleting(target);
              }}
            />
          ))}
        </ul>
      ) : null}
      {notes.hasNextPage ? (
        <div className="results__more">
          <Button onClick={() => void notes.fetchNextPage()} disabled={notes.isFetchingNextPage}>
            {notes.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
          </Button>
        </div>
      ) : null}
      {viewer.canEdit ? (
        <DeleteNoteDialog
          note={deleting}
          onClose={() => setDeleting(null)}
          returnFocusRef={returnFocusRef}
        />
      ) : null}
    </NestedSection>
  );
}
