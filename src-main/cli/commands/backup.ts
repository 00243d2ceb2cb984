// `concord backup now|list|preview|restore`: backups of a workspace in the folder beside it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupPreview } from '../../store/backup-files.js';
import {
  backupDirFor,
  listBackupFiles,
  previewBackupFile,
  restoreBackup,
} from '../../store/backup-files.js';
import { parseCommandLine } from '../args.js';
import type { CliIO, Command } from '../command.js';
import { ExitCode, UsageError } from '../command.js';
import { MissingWorkspaceError, withWorkspace, workspacePathOf } from '../workspace-option.js';

const usage = `Usage: concord backup now [--workspace FILE]
       concord backup list [--workspace FILE]
       concord backup preview BACKUP [--workspace FILE]
       concord backup restore BACKUP [--workspace FILE]

Backups are copies of the workspace made with SQLite's online backup API, kept in the
"backups" folder beside the workspace. The app and \`concord serve\` take one automatically
each day and keep the newest of the last 7 days and of the last 4 weeks; "now" backups and the
copies taken before a restore are kept until you delete them.

now      back up now
list     the backups, newest first
preview  what a backup holds (counts, sessions, last activity), without changing anything
restore  replace the workspace with the backup; the current state is backed up first.
         Close the app (and any \`concord serve\`) on this workspace before restoring.
BACKUP is a file, or the name of one in the backups folder (see list).

Options:
  --workspace FILE  the workspace (default: the app's workspace)
`;

function resolveBackup(arg: string, workspace: string, io: CliIO): string {
  const asPath = resolve(io.cwd, arg);
  if (existsSync(asPath)) return asPath;
  const inFolder = resolve(backupDirFor(workspace), arg);
  if (!arg.includes('/') && !arg.includes('\\') && existsSync(inFolder)) return inFolder;
  throw new Error(`No backup at ${asPath}.`);
}

function describePreview(p: BackupPreview): string {
  const c = p.counts;
  const lines = [
    `${p.name} (workspace format ${p.schemaVersion})`,
    `  ${c.rubrics} rubrics, ${c.samples} samples, ${c.people} people, ${c.sessions} sessions, ${c.scores} scores`,
    `  last activity: ${p.lastActivity ?? 'none'}`,
    ...p.sessions.map((s) => `  ${s.heldOn}  ${s.phase.padEnd(8)}  ${s.title}`),
  ];
  return `${lines.join('\n')}\n`;
}

export const backupCommand: Command = {
  name: 'backup',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine(
      argv,
      { workspace: { type: 'string' }, format: { type: 'string', default: 'text' } },
      true,
    );
    const [action, ...rest] = positionals;
    const workspace = workspacePathOf(values.workspace, io);
    const json = values.format === 'json';
    if (values.format !== 'text' && !json) {
      throw new UsageError(`--format must be text or json, not "${values.format}"`);
    }
    const needArg = () => {
      if (rest.length !== 1) throw new UsageError(`give the backup to ${action}`);
      return resolveBackup(rest[0]!, workspace, io);
    };
    switch (action) {
      case 'now': {
        const info = await withWorkspace(workspace, (app) => app.services.backups.backupNow());
        io.stdout(json ? `${JSON.stringify(info, null, 2)}\n` : `Backed up to ${info.path}.\n`);
        return ExitCode.ok;
      }
      case 'list': {
        if (!existsSync(workspace))
          throw new MissingWorkspaceError(`No workspace at ${workspace}.`);
        const list = listBackupFiles(workspace);
        if (json) io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        else if (list.length === 0) io.stdout(`No backups in ${backupDirFor(workspace)}.\n`);
        else {
          io.stdout(
            `${list.map((b) => `${b.takenAt}  ${b.kind.padEnd(14)}  ${String(b.size).padStart(10)}  ${b.name}`).join('\n')}\n`,
          );
        }
        return ExitCode.ok;
      }
      case 'preview': {
        const preview = previewBackupFile(needArg());
        io.stdout(json ? `${JSON.stringify(preview, null, 2)}\n` : describePreview(preview));
        return ExitCode.ok;
      }
      case 'restore': {
        const file = needArg();
        const { restored, safetyCopy } = await restoreBackup(workspace, file);
        io.stdout(
          `Restored ${workspace} from ${restored.name}.\n` +
            (safetyCopy ? `The state before the restore is kept in ${safetyCopy.path}.\n` : '') +
            describePreview(restored),
        );
        return ExitCode.ok;
      }
      default:
        throw new UsageError(
          action === undefined
            ? 'say now, list, preview or restore'
            : `unknown subcommand "${action}"`,
        );
    }
  },
};
