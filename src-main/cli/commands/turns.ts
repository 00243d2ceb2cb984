// `concord turns unlock`: the way back when the facilitator forgets the PIN of a device taking
// turns. Only someone at this computer's own account can run it, which is the owner anyway.
import { parseCommandLine } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';
import { withWorkspace, workspacePathOf } from '../workspace-option.js';

const usage = `Usage: concord turns unlock [--workspace FILE]

Unlocks a device taking turns (one-device scoring) without its PIN, for a facilitator who forgot
it. Run it at the computer that holds the workspace; the app or room needs no restart.

Options:
  --workspace FILE  the workspace (default: the app's workspace)
`;

export const turnsCommand: Command = {
  name: 'turns',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(argv, { workspace: { type: 'string' } }, true);
    if (positionals.length !== 1 || positionals[0] !== 'unlock') {
      throw new UsageError(
        positionals.length === 0
          ? 'say what to do: unlock'
          : `unknown subcommand "${positionals.join(' ')}"`,
      );
    }
    const unlocked = await withWorkspace(workspacePathOf(values.workspace, io), (app) =>
      app.services.turns.forceUnlock({ role: 'owner' }),
    );
    io.stdout(
      unlocked
        ? 'Unlocked: the device taking turns is the owner’s again (reload its page).\n'
        : 'No device was taking turns; nothing to unlock.\n',
    );
    return ExitCode.ok;
  },
};
