import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeInvalidator, connectLiveUpdates, staleQueries, type Change } from './live-updates';

const taskMove: Change = { type: 'moved', entity: 'task', id: 9, customerId: 3, projectId: 4 };
const customerBoard = ['board', 'customer', 3, { project: null, assignee: null }];
const otherBoard = ['board', 'customer', 5, { project: null, assignee: null }];

function seeded(now: number) {
  const client = new QueryClient();
  vi.setSystemTime(now);
  client.setQueryData(customerBoard, { columns: [] });
  client.setQueryData(otherBoard, { columns: [] });
  return client;
}
const isStale = (client: QueryClient, key: unknown[]) =>
  client.getQueryCache().find({ queryKey: key, exact: true })?.state.isInvalidated ?? false;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('staleQueries', () => {
  it('refreshes the project money lists and figures for fee, forecast and hour changes', () => {
    const fee = { ...taskMove, entity: 'fee', type: 'created', id: 7 } as const;
    expect(staleQueries(fee)).toEqual([
      ['fees', 'list', 4],
      ['financials', 4],
    ]);
    expect(staleQueries({ ...fee, entity: 'forecast' })).toEqual([['financials', 4]]);
    expect(staleQueries({ ...fee, entity: 'hourEntry' })).toEqual([['hours'], ['financials', 4]]);
  });

  it('refreshes the customer board, the project board and the task for a task change', () => {
    expect(staleQueries(taskMove)).toEqual([
      ['board', 'customer', 3],
      ['board', 'project', 4],
      ['tasks', 9],
    ]);
  });

  it('refreshes the sales tab, the project card and lists for a project change', () => {
    const keys = staleQueries({ ...taskMove, entity: 'project', type: 'updated', id: 4 });
    expect(keys).toContainEqual(['projects', 'customer', 3]);
    expect(keys).toContainEqual(['projects', 'detail', 4]);
    expect(keys).toContainEqual(['projects', 'list']);
  });

  it("refreshes the customer card's and the project card's lists of notes, files and links", () => {
    expect(staleQueries({ ...taskMove, entity: 'note', projectId: null })).toEqual([
      ['notes', 'customer', taskMove.customerId],
    ]);
    expect(staleQueries({ ...taskMove, entity: 'file', projectId: 40 })).toEqual([
      ['files', 'customer', taskMove.customerId],
      ['files', 'project', 40],
    ]);
    expect(staleQueries({ ...taskMove, entity: 'link', projectId: 40 })).toEqual([
      ['links', 'customer', taskMove.customerId],
      ['links', 'project', 40],
    ]);
  });
});

describe('ChangeInvalidator', () => {
  it('marks only the affected board stale', () => {
    const client = seeded(1_000);
    vi.setSystemTime(2_000);
    new ChangeInvalidator(client).add(staleQueries(taskMove));
    expect(isStale(client, customerBoard)).toBe(true);
    expect(isStale(client, otherBoard)).toBe(false);
  });

  it('waits while a mutation is in flight, so an optimistic move is not overwritten', async () => {
    const client = seeded(1_000);
    vi.setSystemTime(2_000);
    const invalidator = new ChangeInvalidator(client);
    let finish: () => void = () => undefined;
    const mutation = client
      .getMutationCache()
      .build(client, { mutationFn: () => new Promise<void>((resolve) => (finish = resolve)) });
    const running = mutation.execute(undefined);
    await vi.advanceTimersByTimeAsync(0);
    invalidator.add(staleQueries(taskMove));
    expect(isStale(client, customerBoard)).toBe(false);
    finish();
    await running;
    expect(isStale(client, customerBoard)).toBe(true);
  });

  it('skips a board read again after the change arrived', () => {
    const client = seeded(1_000);
    const invalidator = new ChangeInvalidator(client, () => 2_000);
    vi.setSystemTime(3_000);
    client.setQueryData(customerBoard, { columns: [] });
    invalidator.add(staleQueries(taskMove));
    expect(isStale(client, customerBoard)).toBe(false);
  });
});

/** A stand-in for the browser's EventSource. */
class FakeSource extends EventTarget {
  static made: FakeSource[] = [];
  static get(index: number): FakeSource {
    const source = FakeSource.made[index];
    if (!source) throw new Error(`no event source ${index}`);
    return source;
  }
  readyState = 0;
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeSource.made.push(this);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  send(change: Change) {
    this.dispatchEvent(new MessageEvent('change', { data: JSON.stringify(change) }));
  }
  fail() {
    this.readyState = 2;
    this.dispatchEvent(new Event('error'));
  }
}

describe('connectLiveUpdates', () => {
  beforeEach(() => {
    FakeSource.made = [];
  });
  const connect = (client: QueryClient) =>
    connectLiveUpdates(client, {
      createSource: (url) => new FakeSource(url) as unknown as EventSource,
      backoff: (attempt) => attempt * 1_000,
    });

  it('refreshes on change events and ignores malformed ones', () => {
    const client = seeded(1_000);
    vi.setSystemTime(2_000);
    const stop = connect(client);
    const source = FakeSource.get(0);
    expect(source.url).toBe('/api/v1/events');
    source.open();
    source.dispatchEvent(new MessageEvent('change', { data: '{"type":"exploded"}' }));
    expect(isStale(client, customerBoard)).toBe(false);
    source.send(taskMove);
    expect(isStale(client, customerBoard)).toBe(true);
    stop();
    expect(source.closed).toBe(true);
  });

  it('reloads every board after a reconnect, and reconnects with backoff when the browser gives up', () => {
    const client = seeded(1_000);
    vi.setSystemTime(2_000);
    const stop = connect(client);
    FakeSource.get(0).open();
    expect(isStale(client, otherBoard)).toBe(false);
    FakeSource.get(0).fail();
    vi.advanceTimersByTime(999);
    expect(FakeSource.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSource.made).toHaveLength(2);
    FakeSource.get(1).open();
    expect(isStale(client, otherBoard)).toBe(true);
    stop();
  });
});
