import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { fileKeys, fileSchema, type StoredFile } from './file-schema';

export interface FilePatch {
  version: number;
  name?: string;
  description?: string | null;
}

/** `PATCH /files/{id}`: rename and describe, with the version the user read. */
export function updateFile(id: number, patch: FilePatch): Promise<StoredFile> {
  return apiClient.patch(`/files/${id}`, fileSchema, { body: patch });
}

/** `DELETE /files/{id}`. */
export function deleteFile(id: number): Promise<void> {
  return apiClient.sendWithoutResult('DELETE', `/files/${id}`);
}

export function useInvalidateFiles() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: fileKeys.all });
}

export function useUpdateFile() {
  const invalidate = useInvalidateFiles();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: FilePatch }) => updateFile(id, patch),
    meta: { errorHandling: 'inline' },
    onSettled: invalidate,
  });
}

export function useDeleteFile() {
  const invalidate = useInvalidateFiles();
  return useMutation({
    mutationFn: (id: number) => deleteFile(id),
    meta: { errorHandling: 'inline' },
    onSuccess: invalidate,
  });
}
