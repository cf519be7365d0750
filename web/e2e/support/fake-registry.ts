import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { webDir } from './server';

/** The registry fixtures the C++ API tests use too (README.md there explains each body). */
export const registryFixturesDir = path.resolve(
  webDir,
  '..',
  'server',
  'tests',
  'fixtures',
  'registry',
);

interface ManifestRoute {
  registry: 'FI' | 'NO';
  method: string;
  path: string;
  /** Every listed parameter must match; a `*` value is served on demand only, never here. */
  query?: Record<string, string>;
  status: number;
  contentType: string;
  body: string;
}

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * A valid Finnish business id (README.md: no fixture company behind it) that gets the manifest's
 * on-demand answer: PRH's 429 "too many requests", as text/plain and without Retry-After, so the
 * server reports the registry unavailable without pausing PRH for the other tests.
 */
export const throttledFinnishBusinessId = '2331972-7';

export interface FakeRegistry {
  /** The base URL both `--registry-fi-url` and `--registry-no-url` take (paths as the registries). */
  url: string;
  /** Requests answered so far. */
  requests: () => number;
  close: () => Promise<void>;
}

function loadRoutes(): { route: ManifestRoute; answer: Answer }[] {
  const manifest = JSON.parse(
    readFileSync(path.join(registryFixturesDir, 'manifest.json'), 'utf8'),
  ) as { routes: ManifestRoute[] };
  return manifest.routes.map((route) => ({
    route,
    answer: {
      status: route.status,
      contentType: route.contentType,
      body: readFileSync(path.join(registryFixturesDir, route.body)),
    },
  }));
}

/**
 * The answer the manifest gives for a request; 404 with an empty body for anything else. A `*`
 * query value (an on-demand route) matches only the values in `onDemand`.
 */
function chooseAnswer(
  routes: { route: ManifestRoute; answer: Answer }[],
  onDemand: ReadonlySet<string>,
  method: string,
  target: string,
): Answer {
  const url = new URL(target, 'http://registry.invalid');
  const matches = (key: string, value: string) => {
    const actual = url.searchParams.get(key);
    return value === '*' ? actual !== null && onDemand.has(actual) : actual === value;
  };
  for (const { route, answer } of routes) {
    if (route.method !== method || route.path !== url.pathname) continue;
    if (Object.entries(route.query ?? {}).every(([key, value]) => matches(key, value))) {
      return answer;
    }
  }
  return { status: 404, contentType: 'application/json', body: Buffer.alloc(0) };
}

/**
 * A stand-in for both public registries (PRH and Brønnøysund) on 127.0.0.1 at a free port,
 * answering from the fixture files as `manifest.json` routes them.
 */
export function startFakeRegistry(): Promise<FakeRegistry> {
  const routes = loadRoutes();
  const onDemand = new Set([throttledFinnishBusinessId]);
  let count = 0;
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    count += 1;
    const answer = chooseAnswer(routes, onDemand, request.method ?? 'GET', request.url ?? '/');
    response.writeHead(answer.status, {
      'Content-Type': answer.contentType,
      'Content-Length': answer.body.length,
      Server: 'fake-registry',
    });
    response.end(answer.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests: () => count,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
