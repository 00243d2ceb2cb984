import { resolve } from 'node:path';
import { openApp } from '../../app.js';
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';

const usage = `Usage: concord demo --workspace FILE

Creates FILE (or fills it, when it is empty) with the demo data set: a middle-school team's
competencies, a 4-level rubric, anonymized work samples, raters, anchors, three earlier
calibration sessions and one finished moderation session. A workspace that already holds data is left untouched.
`;

export const demoCommand: Command = {
  name: 'demo',
  usage,
  async run(argv, io) {
    const { values } = parseCommandLine(argv, { workspace: { type: 'string' } });
    if (!values.workspace) throw new UsageError('--workspace FILE is required');
    const path = resolve(io.cwd, values.workspace);
    const app = openApp(path);
    try {
      if (!app.services.demo.load()) {
        io.stderr(`${path} already holds data; the demo is loaded only into an empty workspace.\n`);
        return ExitCode.failure;
      }
      const counts = app.services.workspace.info().counts;
      io.stdout(
        `Demo loaded into ${path}: ${counts.rubrics} rubric, ${counts.samples} samples, ` +
          `${counts.people} people, ${counts.sessions} session${counts.sessions === 1 ? '' : 's'}.\n`,
      );
      return ExitCode.ok;
    } finally {
      app.close();
    }
  },
};
