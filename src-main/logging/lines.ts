// The log lines both shells write (the desktop app and `concord serve`), so a log reads the same
// whichever wrote it. Pure. No line carries an access key, a name or anything from a workspace's
// content: paths, addresses, versions and what went wrong.

export interface StartFacts {
  shell: 'desktop app' | 'concord serve';
  version: string;
  /** process.versions: node, and electron and chrome in the app. */
  versions: Readonly<Record<string, string | undefined>>;
  platform: string;
  arch: string;
  osRelease: string;
}

export function startLine(facts: StartFacts): string {
  const runtime = [
    `Node ${facts.versions.node ?? '?'}`,
    ...(facts.versions.electron ? [`Electron ${facts.versions.electron}`] : []),
    ...(facts.versions.chrome ? [`Chromium ${facts.versions.chrome}`] : []),
  ].join(', ');
  return (
    `Concord ${facts.version} started (${facts.shell}) on ${facts.platform} ${facts.arch} ` +
    `${facts.osRelease}; ${runtime}`
  );
}

export const workspaceOpenedLine = (file: string) => `Workspace opened: ${file}`;
export const workspaceClosedLine = (file: string) => `Workspace closed: ${file}`;
export const roomHostedLine = (address: string) => `Room hosted at ${address}`;
export const roomClosedLine = (address: string) => `Room closed at ${address}`;
export const stopLine = () => 'Concord stopped';

/** An error with its stack, and the chain of causes behind it. */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    if (current instanceof Error) {
      parts.push(current.stack ?? `${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join('\nCaused by: ');
}

/** `concord serve`'s own address (browser mode), never with the owner's key. */
export const servingLine = (address: string) => `Serving at ${address}`;

export const workspaceCopiedLine = (from: string, to: string) =>
  `The workspace was copied from ${from} to ${to}, Concord's folder on this computer's own ` +
  'disk; the original was left as it was.';

export const workspaceCopyFailedLine = (from: string, to: string, reason: string) =>
  `Could not copy the workspace from ${from} to ${to} (${reason}); opening it where it is.`;
