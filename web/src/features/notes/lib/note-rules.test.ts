import { describe, expect, it } from 'vitest';
import {
  isEdited,
  isSaveShortcut,
  localNoteError,
  noteControls,
  noteCounter,
  noteLength,
} from './note-rules';
import { formatRelativeTime } from './relative-time';

const author = { id: 5, name: 'Anna Virtanen' };

describe('note text', () => {
  it('counts characters as the server does: trimmed, an emoji is one', () => {
    expect(noteLength('  Kick-off  ')).toBe(8);
    expect(noteLength('🚀ä')).toBe(2);
  });

  it('shows the counter near the limit and marks going over it', () => {
    expect(noteCounter('a'.repeat(8_999)).visible).toBe(false);
    expect(noteCounter('a'.repeat(9_000))).toEqual({ length: 9_000, visible: true, over: false });
    expect(noteCounter('ä'.repeat(10_000)).over).toBe(false);
    expect(noteCounter('a'.repeat(10_001)).over).toBe(true);
  });

  it('refuses empty and too long notes before sending', () => {
    expect(localNoteError(' \n\t ')).toBe('notes.validation.empty');
    expect(localNoteError('a'.repeat(10_001))).toBe('notes.validation.tooLong');
    expect(localNoteError('Line one\nLine two')).toBeNull();
  });

  it('saves with Ctrl+Enter and Cmd+Enter only', () => {
    expect(isSaveShortcut({ key: 'Enter', ctrlKey: true, metaKey: false })).toBe(true);
    expect(isSaveShortcut({ key: 'Enter', ctrlKey: false, metaKey: true })).toBe(true);
    expect(isSaveShortcut({ key: 'Enter', ctrlKey: false, metaKey: false })).toBe(false);
    expect(isSaveShortcut({ key: 's', ctrlKey: true, metaKey: false })).toBe(false);
  });
});

describe('noteControls', () => {
  it('lets the author edit and delete their own note', () => {
    expect(noteControls({ author }, { userId: 5, canEdit: true, deletesAny: false })).toEqual({
      edit: true,
      delete: true,
    });
  });

  it('lets editors of all customers delete, never edit, other people’s notes', () => {
    expect(noteControls({ author }, { userId: 7, canEdit: true, deletesAny: true })).toEqual({
      edit: false,
      delete: true,
    });
    expect(noteControls({ author }, { userId: 7, canEdit: true, deletesAny: false })).toEqual({
      edit: false,
      delete: false,
    });
  });

  it('shows no controls without customers edit, not even on one’s own note', () => {
    expect(noteControls({ author }, { userId: 5, canEdit: false, deletesAny: true })).toEqual({
      edit: false,
      delete: false,
    });
    expect(noteControls({ author: null }, { userId: 5, canEdit: true, deletesAny: false })).toEqual(
      {
        edit: false,
        delete: false,
      },
    );
  });
});

describe('note times', () => {
  const now = new Date('2026-12-04T12:00:00Z');

  it('marks a note edited once it has a later version', () => {
    const at = '2026-12-04T09:00:00Z';
    expect(isEdited({ version: 1, createdAt: at, updatedAt: at })).toBe(false);
    expect(isEdited({ version: 2, createdAt: at, updatedAt: '2026-12-04T10:00:00Z' })).toBe(true);
  });

  it('says how long ago in words', () => {
    expect(formatRelativeTime('2026-12-04T11:59:30Z', now)).toBe('now');
    expect(formatRelativeTime('2026-12-04T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-12-04T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2026-12-03T10:00:00Z', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-11-13T12:00:00Z', now)).toBe('3 weeks ago');
    expect(formatRelativeTime('2026-12-04T12:00:20Z', now)).toBe('now');
    expect(formatRelativeTime('not a date', now)).toBe('not a date');
  });
});
