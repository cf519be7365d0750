import { describe, expect, it } from 'vitest';
import { uploadPercent, uploadQueue, type UploadAction, type UploadItem } from './upload-queue';

function run(actions: UploadAction[]): UploadItem[] {
  return actions.reduce(uploadQueue, [] as UploadItem[]);
}

describe('uploadQueue', () => {
  it('follows one upload from start to done', () => {
    const items = run([
      { type: 'start', key: 1, name: 'offer.pdf', size: 1000 },
      { type: 'progress', key: 1, loaded: 250, total: 1000 },
    ]);
    expect(items).toEqual([
      { key: 1, name: 'offer.pdf', size: 1000, loaded: 250, state: 'uploading', message: null },
    ]);
    const done = uploadQueue(items, { type: 'done', key: 1 });
    expect(done[0]).toMatchObject({ state: 'done', loaded: 1000 });
    expect(uploadPercent(done[0] as UploadItem)).toBe(100);
  });

  it('never moves progress backwards and ignores progress after the end', () => {
    const items = run([
      { type: 'start', key: 1, name: 'a', size: 100 },
      { type: 'progress', key: 1, loaded: 80, total: 100 },
      { type: 'progress', key: 1, loaded: 40, total: 100 },
    ]);
    expect(items[0]?.loaded).toBe(80);
    const failed = run([
      { type: 'start', key: 1, name: 'a', size: 100 },
      { type: 'failed', key: 1, message: 'File is larger than 25 MB' },
      { type: 'progress', key: 1, loaded: 100, total: 100 },
    ]);
    expect(failed[0]).toMatchObject({
      state: 'failed',
      loaded: 0,
      message: 'File is larger than 25 MB',
    });
  });

  it('keeps each file apart and clears only finished ones', () => {
    const items = run([
      { type: 'start', key: 1, name: 'a', size: 10 },
      { type: 'start', key: 2, name: 'b', size: 10 },
      { type: 'start', key: 3, name: 'c', size: 10 },
      { type: 'done', key: 1 },
      { type: 'cancelled', key: 3 },
      { type: 'clear-finished' },
    ]);
    expect(items.map((item) => item.name)).toEqual(['b']);
    expect(uploadQueue(items, { type: 'dismiss', key: 2 })).toEqual([]);
  });

  it('rounds percent down so 100 means finished', () => {
    expect(uploadPercent({ loaded: 999, size: 1000 })).toBe(99);
    expect(uploadPercent({ loaded: 0, size: 0 })).toBe(100);
  });
});
