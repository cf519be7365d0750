import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { boardKeys } from '@/features/collaboration/api/board-schema';
import { feeKeys } from '@/features/fees/api/fee-schema';
import { fileKeys, linkKeys } from '@/features/files/api/file-schema';
import { financialsKeys } from '@/features/financials/api/financials-schema';
import { hourKeys } from '@/features/hours/api/hour-schema';
import { noteKeys } from '@/features/notes/api/note-schema';
import { projectKeys } from '@/features/projects/api/project-schema';
import { customerProjectKeys } from '@/features/sales/api/customer-projects';

/** One `change` event of `GET /api/v1/events` (docs/api.md, Live updates). */
export const changeSchema = z.object({
  type: z.enum(['created', 'updated', 'deleted', 'moved']),
  entity: z.enum(['task', 'project', 'note', 'file', 'link', 'fee', 'forecast', 'hourEntry']),
  id: z.number(),
  customerId: z.number(),
  projectId: z.number().nullable(),
});
export type Change = z.infer<typeof changeSchema>;

/**
 * The queries a change makes stale (prefixes). The event says what changed, not the new values, so
 * the affected lists are read again.
 */
function cardLists(
  change: Change,
  list: (owner: { kind: 'customer' | 'project'; id: number }) => QueryKey,
): QueryKey[] {
  const lists = [list({ kind: 'customer', id: change.customerId })];
  if (change.projectId !== null) lists.push(list({ kind: 'project', id: change.projectId }));
  return lists;
}

export function staleQueries(change: Change): QueryKey[] {
  const customerBoards = boardKeys.boardsOf({ kind: 'customer', id: change.customerId });
  const projectBoards =
    change.projectId === null
      ? []
      : [boardKeys.boardsOf({ kind: 'project', id: change.projectId })];
  switch (change.entity) {
    case 'task':
      return [customerBoards, ...projectBoards, boardKeys.task(change.id)];
    case 'project':
      // Boards show project names; the sales tab and the project card show the project itself.
      return [
        customerBoards,
        ...projectBoards,
        customerProjectKeys.groups(change.customerId),
        projectKeys.detail(change.id),
        projectKeys.lists(),
        boardKeys.projects(change.customerId),
      ];
    // The customer card's and the project card's lists of one record.
    case 'note':
      return cardLists(change, noteKeys.list);
    case 'file':
      return cardLists(change, fileKeys.list);
    case 'link':
      return cardLists(change, linkKeys.list);
    // Project money: its lists and the Financials tab's figures (issue 14).
    case 'fee':
      return change.projectId === null
        ? []
        : [feeKeys.list(change.projectId), financialsKeys.all(change.projectId)];
    case 'forecast':
      return change.projectId === null ? [] : [financialsKeys.all(change.projectId)];
    case 'hourEntry':
      return change.projectId === null
        ? [hourKeys.all]
        : [hourKeys.all, financialsKeys.all(change.projectId)];
  }
}

/** What a reconnect reloads: events missed while disconnected are not replayed (no Last-Event-ID). */
export const reconnectStaleQueries: QueryKey[] = [boardKeys.all, projectKeys.all];

/**
 * Marks queries stale for changes, but never while a mutation is in flight: a refetch landing in
 * the middle of an optimistic drag-and-drop would put the card back until the move's own refetch.
 * A query is read again only if nothing newer than the change has been or is being read: the
 * mover's own board, refetched when its move settled, is not read a second time.
 */
export class ChangeInvalidator {
  private readonly pending = new Map<string, PendingKey>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = queryClient.getMutationCache().subscribe(() => this.flush());
  }

  add(keys: QueryKey[]) {
    const since = this.now();
    for (const key of keys) {
      const id = JSON.stringify(key);
      if (this.pending.has(id)) continue;
      // A fetch already running may have read the data before the change committed.
      const fetchingBefore = new Set(
        this.queryClient
          .getQueryCache()
          .findAll({ queryKey: key, fetchStatus: 'fetching' })
          .map((query) => query.queryHash),
      );
      this.pending.set(id, { key, since, fetchingBefore });
    }
    this.flush();
  }

  flush() {
    if (this.pending.size === 0 || this.queryClient.isMutating() > 0) return;
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const { key, since, fetchingBefore } of due) {
      void this.queryClient.invalidateQueries({
        queryKey: key,
        predicate: (query) => {
          if (fetchingBefore.has(query.queryHash)) return true;
          if (query.state.fetchStatus === 'fetching') return false; // started after the change
          return query.state.dataUpdatedAt < since;
        },
      });
    }
  }

  dispose() {
    this.unsubscribe();
    this.pending.clear();
  }
}

interface PendingKey {
  key: QueryKey;
  since: number;
  fetchingBefore: Set<string>;
}

export interface LiveUpdateOptions {
  url?: string;
  /** For tests: how an event source is made. */
  createSource?: (url: string) => EventSource;
  /** Delay before reconnecting after the browser gave up, by attempt (1, 2, …). */
  backoff?: (attempt: number) => number;
}

/** `EventSource.CLOSED`, without needing the global (absent in Node). */
const closedState = 2;

export const defaultBackoff = (attempt: number) => Math.min(30_000, 1_000 * 2 ** (attempt - 1));

/**
 * Listens to `GET /api/v1/events` and refreshes what changed. The browser reconnects a broken
 * stream by itself; when it gives up (an HTTP error such as 503), this reconnects with backoff.
 * Every reconnect reloads the boards and projects, since missed events are not replayed.
 * Returns a function that stops listening.
 */
export function connectLiveUpdates(queryClient: QueryClient, options: LiveUpdateOptions = {}) {
  const url = options.url ?? '/api/v1/events';
  const createSource = options.createSource ?? ((u: string) => new EventSource(u));
  const backoff = options.backoff ?? defaultBackoff;
  const invalidator = new ChangeInvalidator(queryClient);
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let opened = false;
  let attempts = 0;
  let stopped = false;

  const onChange = (event: MessageEvent) => {
    let data: unknown;
    try {
      data = JSON.parse(String(event.data));
    } catch {
      return;
    }
    const change = changeSchema.safeParse(data);
    if (change.success) invalidator.add(staleQueries(change.data));
  };
  const onOpen = () => {
    attempts = 0;
    if (opened) invalidator.add(reconnectStaleQueries);
    opened = true;
  };
  const onError = () => {
    if (!source || source.readyState !== closedState || stopped) return;
    source = null;
    attempts += 1;
    timer = setTimeout(open, backoff(attempts));
  };
  function open() {
    timer = null;
    if (stopped) return;
    source = createSource(url);
    source.addEventListener('change', onChange as EventListener);
    source.addEventListener('open', onOpen);
    source.addEventListener('error', onError);
  }

  open();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    source?.close();
    invalidator.dispose();
  };
}

/** Live updates for as long as the signed-in app is mounted. */
export function useLiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => connectLiveUpdates(queryClient), [queryClient]);
}
