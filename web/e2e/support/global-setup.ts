import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeRegistry } from './fake-registry';
import { runCli, serverBinary, startServer, stopServer, webDir } from './server';
import { orgName, users } from './users';

/**
 * One fresh database and one server for the run: migrate, create the organization and the users
 * through the CLI, start `serve` on port 0 (its registry clients pointed at a fake registry that
 * answers from the fixture files) and hand its address to the tests. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const distIndex = path.join(webDir, 'dist', 'index.html');
  if (!existsSync(distIndex))
    throw new Error(`${distIndex} is missing: run \`npm run build\` first.`);
  const binary = serverBinary();

  const dir = mkdtempSync(path.join(tmpdir(), 'clientele-e2e-'));
  const db = `sqlite:${path.join(dir, 'clientele.db')}`;
  runCli(binary, ['migrate', '--db', db]);
  runCli(binary, ['org', 'add', '--db', db, '--name', orgName]);
  for (const user of Object.values(users)) {
    runCli(
      binary,
      [
        'user',
        'add',
        '--db',
        db,
        '--org',
        orgName,
        '--email',
        user.email,
        '--name',
        user.name,
      ].concat(['--role', user.role, '--password-stdin']),
      user.password,
    );
  }
  const tokenOutput = runCli(
    binary,
    ['token', 'add', '--db', db, '--email', users.admin.email].concat(['--name', 'e2e seeding']),
  );
  const token = tokenOutput.trim().split('\n').pop()?.trim();
  if (!token) throw new Error(`token add printed no token:\n${tokenOutput}`);

  const dataDir = path.join(dir, 'data');
  mkdirSync(dataDir);
  const registry = await startFakeRegistry();
  const server = await startServer(binary, [
    '--registry-fi-url',
    registry.url,
    '--registry-no-url',
    registry.url,
    '--db',
    db,
    '--data-dir',
    dataDir,
    '--web-dir',
    path.join(webDir, 'dist'),
  ]).catch(async (error: unknown) => {
    await registry.close();
    throw error;
  });

  // Workers are started after global setup and inherit these.
  process.env.CLIENTELE_BASE_URL = server.baseURL;
  process.env.CLIENTELE_ADMIN_TOKEN = token;

  return async () => {
    await stopServer(server);
    await registry.close();
    // The server's log stays with the test results, for reading a failure afterwards.
    const results = path.join(webDir, 'test-results');
    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'server.log'), server.output());
    rmSync(dir, { recursive: true, force: true });
  };
}
