import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { noteKeys, noteSchema, ownerPath, type Note, type NoteOwner } from './note-schema';

/** `POST /customers/{id}/notes` or `/projects/{id}/notes`. */
export function createNote(owner: NoteOwner, text: string): Promise<Note> {
  return apiClient.post(`${ownerPath(owner)}/notes`, noteSchema, { body: { text } });
}

/** `PATCH /notes/{id}` with the version the user read. */
export function updateNote(id: number, text: string, version: number): Promise<Note> {
  return apiClient.patch(`/notes/${id}`, noteSchema, { body: { version, text } });
}

/** `DELETE /notes/{id}`. */
export function deleteNote(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/notes/${id}`);
}

function useInvalidateNotes() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: noteKeys.all });
}

export function useCreateNote(owner: NoteOwner) {
  const invalidate = useInvalidateNotes();
  return useMutation({
    mutationFn: (text: string) => createNote(owner, text),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}

export function useUpdateNote() {
  const invalidate = useInvalidateNotes();
  return useMutation({
    mutationFn: ({ id, text, version }: { id: number; text: string; version: number }) =>
      updateNote(id, text, version),
    meta: { errorHandling: 'inline' },
    onSettled: invalidate,
  });
}

export function useDeleteNote() {
  const invalidate = useInvalidateNotes();
  return useMutation({
    mutationFn: (id: number) => deleteNote(id),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}
