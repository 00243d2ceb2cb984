// Help → Copy Diagnostics: what whoever looks after Concord needs to know about this computer's
// copy, as plain text for an email. Versions, places and the workspace's health only: no name,
// score, note or piece of work, and the home folder shown as ~ so not even the login name is in
// it. Pure: the facts are gathered by the caller.
import type { WorkspaceHealth } from '../store/health.js';

export interface DiagnosticsFacts {
  appVersion: string;
  packaged: boolean;
  /** process.versions (node, electron, chrome, v8). */
  versions: Readonly<Record<string, string | undefined>>;
  os: { platform: string; release: string; version: string; arch: string };
  home: string;
  workspace: string;
  health: WorkspaceHealth;
  /** What the full integrity check found after the quick open, or null when nothing. */
  damage: string | null;
  logFile: string | null;
  logFolder: string;
  crashDumps: string;
  now: Date;
}

/**
 * The text with the home folder written as ~ wherever it appears (the login name is often a
 * person's name). Windows compares paths without regard to case.
 */
export function withoutHome(
  text: string,
  home: string,
  ignoreCase: boolean = process.platform === 'win32',
): string {
  if (home.replace(/[/\\]+$/, '') === '') return text;
  const escaped = home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Only the whole folder: /home/t is not the start of /home/tom.
  return text.replace(new RegExp(`${escaped}(?![^/\\\\\\s)])`, ignoreCase ? 'gi' : 'g'), '~');
}

function megabytes(bytes: number | null): string {
  return bytes === null ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function diagnosticsText(facts: DiagnosticsFacts): string {
  const v = facts.versions;
  const { health } = facts;
  const lines = [
    'Concord diagnostics',
    `Taken: ${facts.now.toISOString()}`,
    '',
    `Concord: ${facts.appVersion}${facts.packaged ? '' : ' (development build)'}`,
    `Electron: ${v.electron ?? 'unknown'}`,
    `Chromium: ${v.chrome ?? 'unknown'}`,
    `Node: ${v.node ?? 'unknown'}`,
    `V8: ${v.v8 ?? 'unknown'}`,
    `SQLite: ${health.sqliteVersion ?? 'unknown'}`,
    `System: ${facts.os.platform} ${facts.os.version || facts.os.release} (${facts.os.arch}; kernel ${facts.os.release})`,
    '',
    `Workspace: ${facts.workspace}`,
    `Workspace format: ${health.schemaVersion ?? 'unknown'}`,
    `Workspace size: ${megabytes(health.sizeBytes)}`,
    `Workspace quick check: ${health.quickCheck}`,
    `Workspace full check: ${facts.damage ?? 'nothing found since it was opened'}`,
    '',
    `Log file: ${facts.logFile ? facts.logFile : `none (cannot write in ${facts.logFolder})`}`,
    `Crash dumps (kept on this computer, never sent): ${facts.crashDumps}`,
    '',
    'This holds no names, scores, notes or student work.',
  ];
  return withoutHome(`${lines.join('\n')}\n`, facts.home);
}
