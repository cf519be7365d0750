import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The server binary: `make build` puts it here; CLIENTELE_BIN overrides. */
export function serverBinary(): string {
  const binary =
    process.env.CLIENTELE_BIN ?? path.resolve(webDir, '..', 'build', 'server', 'clientele');
  if (!existsSync(binary)) {
    throw new Error(`The server binary ${binary} does not exist: run \`make build\` first.`);
  }
  return binary;
}

/** Runs one CLI command to completion; returns its standard output. */
export function runCli(binary: string, args: string[], input?: string): string {
  const result = spawnSync(binary, args, {
    input,
    encoding: 'utf8',
    env: { ...process.env, CLIENTELE_TEST_FAST_HASH: '1' },
    timeout: 30_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `clientele ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

export interface RunningServer {
  baseURL: string;
  process: ChildProcess;
  /** What the server printed so far (for failure messages). */
  output: () => string;
}

/** Starts `clientele serve` on a free port and resolves once it prints its address. */
export function startServer(
  binary: string,
  args: string[],
  timeoutMs = 20_000,
): Promise<RunningServer> {
  const child = spawn(binary, ['serve', ...args, '--listen', '127.0.0.1:0'], {
    env: { ...process.env, CLIENTELE_TEST_FAST_HASH: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`The server did not say where it listens within ${timeoutMs} ms:\n${output}`),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ baseURL: match[1], process: child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

/** Stops the server and waits until it is gone. */
export async function stopServer(server: RunningServer): Promise<void> {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
