/** One file on its way to the server, as the upload list shows it. */
export interface UploadItem {
  key: number;
  name: string;
  size: number;
  loaded: number;
  state: 'uploading' | 'done' | 'failed' | 'cancelled';
  /** Why it failed, for the user. */
  message: string | null;
}

export type UploadAction =
  | { type: 'start'; key: number; name: string; size: number }
  | { type: 'progress'; key: number; loaded: number; total: number }
  | { type: 'done'; key: number }
  | { type: 'failed'; key: number; message: string }
  | { type: 'cancelled'; key: number }
  | { type: 'dismiss'; key: number }
  | { type: 'clear-finished' };

function update(items: UploadItem[], key: number, change: Partial<UploadItem>): UploadItem[] {
  return items.map((item) => (item.key === key ? { ...item, ...change } : item));
}

/** The upload list's state: progress only grows, finished uploads stay until dismissed. */
export function uploadQueue(items: UploadItem[], action: UploadAction): UploadItem[] {
  switch (action.type) {
    case 'start':
      return [
        ...items,
        {
          key: action.key,
          name: action.name,
          size: action.size,
          loaded: 0,
          state: 'uploading',
          message: null,
        },
      ];
    case 'progress': {
      const item = items.find((candidate) => candidate.key === action.key);
      if (!item || item.state !== 'uploading') return items;
      const size = action.total > 0 ? action.total : item.size;
      return update(items, action.key, {
        size,
        loaded: Math.max(item.loaded, Math.min(action.loaded, size)),
      });
    }
    case 'done': {
      const item = items.find((candidate) => candidate.key === action.key);
      return item ? update(items, action.key, { state: 'done', loaded: item.size }) : items;
    }
    case 'failed':
      return update(items, action.key, { state: 'failed', message: action.message });
    case 'cancelled':
      return update(items, action.key, { state: 'cancelled' });
    case 'dismiss':
      return items.filter((item) => item.key !== action.key);
    case 'clear-finished':
      return items.filter((item) => item.state === 'uploading');
  }
}

/** Whole percent done; an empty file is done at once. */
export function uploadPercent(item: Pick<UploadItem, 'loaded' | 'size'>): number {
  if (item.size <= 0) return 100;
  return Math.min(100, Math.floor((item.loaded / item.size) * 100));
}
