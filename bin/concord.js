#!/usr/bin/env node
// The `concord` command: runs the compiled CLI (`npm run build:node` produces it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../out/node/src-main/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('concord: the CLI is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
const { runCli, processIO } = await import(entry.href);
process.exitCode = await runCli(process.argv.slice(2), processIO);
