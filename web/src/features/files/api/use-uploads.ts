import { useCallback, useEffect, useReducer, useRef } from 'react';
import { describeUploadFailure, UploadError } from '../lib/upload-errors';
import { uploadQueue } from '../lib/upload-queue';
import type { CardOwner } from './file-schema';
import { useInvalidateFiles } from './save-file';
import { uploadFile } from './upload-file';

/**
 * Uploads files one request each, side by side, and keeps the list of their progress. The lists
 * refresh after each stored file; leaving the page cancels what is still on its way.
 */
export function useUploads(owner: CardOwner) {
  const [items, dispatch] = useReducer(uploadQueue, []);
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(1);
  const invalidate = useInvalidateFiles();
  const { kind, id } = owner;

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const upload = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = nextKey.current++;
        const controller = new AbortController();
        controllers.current.set(key, controller);
        dispatch({ type: 'start', key, name: file.name, size: file.size });
        uploadFile({ kind, id }, file, {
          signal: controller.signal,
          onProgress: ({ loaded, total }) => dispatch({ type: 'progress', key, loaded, total }),
        })
          .then(() => {
            dispatch({ type: 'done', key });
            invalidate();
          })
          .catch((error: unknown) => {
            if (error instanceof UploadError && error.failure.kind === 'cancelled') {
              dispatch({ type: 'cancelled', key });
              return;
            }
            const failure =
              error instanceof UploadError ? error.failure : ({ kind: 'network' } as const);
            dispatch({ type: 'failed', key, message: describeUploadFailure(failure) });
          })
          .finally(() => controllers.current.delete(key));
      }
    },
    [kind, id, invalidate],
  );

  return {
    items,
    upload,
    cancel: (key: number) => controllers.current.get(key)?.abort(),
    dismiss: (key: number) => dispatch({ type: 'dismiss', key }),
    clearFinished: () => dispatch({ type: 'clear-finished' }),
  };
}
