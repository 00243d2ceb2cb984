// `concord serve` writes the same kind of log as the app: its start, the workspace, its address
// (never with the owner's key) and its stop, in the log folder ($CONCORD_HOME/logs here).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererDir } from '../../src-main/cli/paths.js';
import { runCli } from '../../src-main/cli/main.js';
import { tempDir } from '../helpers/workspace.js';

const home = tempDir('concord-serve-log-');
afterAll(() => {
  delete process.env.CONCORD_HOME;
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!existsSync(rendererDir()))('concord serve', () => {
  it('logs its start, workspace, address and stop, and never the owner’s key', async () => {
    process.env.CONCORD_HOME = home;
    const workspace = path.join(home, 'ws.sqlite');
    let stdout = '';
    const before = new Set(process.listeners('SIGINT'));
    const running = runCli(['serve', '--workspace', workspace, '--port', '0'], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      cwd: home,
    });
    await expect.poll(() => stdout, { timeout: 20_000 }).toMatch(/Concord is ready: /);
    // Ctrl+C, through serve's own handler only.
    const stop = process.listeners('SIGINT').find((listener) => !before.has(listener));
    (stop as () => void)();
    expect(await running).toBe(0);

    const logFile = path.join(home, 'logs', 'concord-serve.log');
    expect(stdout).toContain(`Log file: ${logFile}`);
    const log = readFileSync(logFile, 'utf8');
    const token = /#\/\?token=([\w-]+)/.exec(stdout)![1]!;
    const port = /127\.0\.0\.1:(\d+)/.exec(stdout)![1]!;
    expect(log).toMatch(/\[info\]\s+Concord \S+ started \(concord serve\) on /);
    expect(log).toContain(`Workspace opened: ${workspace}`);
    expect(log).toContain(`Serving at http://127.0.0.1:${port}`);
    expect(log).toContain(`Workspace closed: ${workspace}`);
    expect(log).toMatch(/Concord stopped\s*$/);
    expect(log).not.toContain(token);
  });
});
