// Whether a workspace sits on a network file system, where Concord refuses to write it. SQLite
// keeps a write-ahead log beside the workspace and coordinates it through shared memory (the
// -shm file, mapped into memory by every process using it); network file systems do not make that
// memory, nor their file locks, reliable between computers, and the workspace can be damaged.
// The decision (networkFileSystemOf) is pure and fed the facts; fileSystemFacts gathers them.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { defaultWorkspacePath, envValue } from './location.js';

/** Set to 1 to open a workspace on a network drive anyway (documented in the README, for IT). */
export const ALLOW_NETWORK_ENV = 'CONCORD_ALLOW_NETWORK_WORKSPACE';

export interface FileSystemFacts {
  platform: NodeJS.Platform;
  /** The workspace path as given (absolute). */
  path: string;
  /**
   * Windows: the nearest existing folder as the system resolves it (fs.realpathSync.native),
   * which turns a mapped network drive (Z:\...) into its share (\\server\share\...).
   */
  realPath?: string;
  /** Linux: statfs's f_type for the nearest existing folder. */
  fsType?: number;
  /** macOS: the file system's name in the mount table (apfs, smbfs, nfs, ...). */
  fsTypeName?: string;
}

// Linux statfs f_type values (linux/magic.h and the file systems' own headers).
const LINUX_NETWORK_TYPES = new Map<number, string>([
  [0x6969, 'an NFS network drive'],
  [0x517b, 'an SMB network drive'],
  [0xfe534d42, 'an SMB network drive'],
  [0xff534d42, 'an SMB/CIFS network drive'],
  [0x5346414f, 'an AFS network drive'],
  [0x73757245, 'a Coda network drive'],
  [0x564c, 'a NetWare network drive'],
]);
const FUSE_SUPER_MAGIC = 0x65735546;

// GNOME mounts network places through FUSE under .../gvfs/<kind>:...; these kinds are remote.
const GVFS_REMOTE = /[/\\]gvfs[/\\](smb-share|dav|davs|sftp|ftp|afp-volume|nfs)[:/]/;

const MAC_NETWORK_TYPES = new Map<string, string>([
  ['smbfs', 'an SMB network drive'],
  ['nfs', 'an NFS network drive'],
  ['afpfs', 'an AFP network drive'],
  ['webdav', 'a WebDAV network drive'],
  ['ftp', 'an FTP network drive'],
]);

/** The share a Windows path names (\\server\share), or null for a path on a local drive. */
export function windowsShareOf(windowsPath: string): string | null {
  const p = windowsPath.replaceAll('/', '\\');
  let rest: string;
  if (/^\\\\[?.]\\UNC\\/i.test(p)) rest = p.slice(8);
  else if (/^\\\\[?.]\\/.test(p))
    return null; // \\?\C:\... is a local drive in long form
  else if (p.startsWith('\\\\')) rest = p.slice(2);
  else return null;
  const [server = '', share = ''] = rest.split('\\');
  return server === '' ? null : `\\\\${server}${share ? `\\${share}` : ''}`;
}

/**
 * What network file system the workspace is on, in words for the refusal ("a network share
 * (\\server\share)", "an NFS network drive"), or null when it is on this computer's own disk or
 * the facts do not say.
 */
export function networkFileSystemOf(facts: FileSystemFacts): string | null {
  if (facts.platform === 'win32') {
    const share = windowsShareOf(facts.path) ?? windowsShareOf(facts.realPath ?? '');
    if (share === null) return null;
    const drive = /^[a-z]:/i.exec(facts.path)?.[0];
    return drive
      ? `the network drive ${drive.toUpperCase()} (${share})`
      : `a network share (${share})`;
  }
  if (facts.platform === 'darwin') {
    return MAC_NETWORK_TYPES.get((facts.fsTypeName ?? '').toLowerCase()) ?? null;
  }
  if (facts.fsType === undefined) return null;
  const kind = LINUX_NETWORK_TYPES.get(facts.fsType);
  if (kind) return kind;
  if (facts.fsType === FUSE_SUPER_MAGIC && GVFS_REMOTE.test(facts.path)) {
    return 'a network place mounted by the desktop (gvfs)';
  }
  return null;
}

/**
 * The file system type of the mount holding `file`, from the output of macOS's `mount`
 * ("//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by t)").
 */
export function macMountTypeOf(mountOutput: string, file: string): string | undefined {
  let best: { point: string; type: string } | undefined;
  for (const line of mountOutput.split('\n')) {
    const match = /^.+? on (.+) \(([^,)]+)/.exec(line);
    if (!match) continue;
    const point = match[1]!;
    const inside = point === '/' || file === point || file.startsWith(`${point}/`);
    if (inside && (best === undefined || point.length > best.point.length)) {
      best = { point, type: match[2]!.trim() };
    }
  }
  return best?.type;
}

/** The facts for `file`, looked up on this computer. Any fact that cannot be had is left out. */
export function fileSystemFacts(
  file: string,
  platform: NodeJS.Platform = process.platform,
): FileSystemFacts {
  const absolute = path.resolve(file);
  const facts: FileSystemFacts = { platform, path: absolute };
  const existing = nearestExisting(absolute);
  if (existing === null) return facts;
  try {
    if (platform === 'win32') {
      facts.realPath = realpathSync.native(existing);
    } else if (platform === 'darwin') {
      const mounts = execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 5000 });
      facts.fsTypeName = macMountTypeOf(mounts, realpathSync(existing));
    } else {
      facts.fsType = Number(statfsSync(existing).type);
    }
  } catch {
    // Not knowing is not a reason to refuse: the workspace opens as it always did.
  }
  return facts;
}

function nearestExisting(file: string): string | null {
  let current = file;
  for (;;) {
    if (existsSync(current)) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** The refusal, naming the file, why, and what to do instead. */
export function networkWorkspaceMessage(file: string, where: string): string {
  return (
    `The workspace ${file} is on ${where}. Concord does not keep a workspace there: SQLite, which ` +
    'stores it, writes a log beside it through shared memory that network drives do not provide ' +
    'safely, so the file can be damaged. Copy it to a folder on this computer’s own disk (such ' +
    `as ${path.dirname(defaultWorkspacePath())}) and open it from there; to keep copies on the ` +
    'network drive, use File → Back Up Workspace… in the Concord app. Nothing was changed.'
  );
}

/**
 * Why the workspace at `file` must not be opened for writing, or null when it may. IT may lift
 * the refusal with CONCORD_ALLOW_NETWORK_WORKSPACE=1 (for a share known to be used by one
 * computer at a time and with working locks), at their own risk.
 */
export function networkRefusal(
  file: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  facts: (file: string) => FileSystemFacts = fileSystemFacts,
): string | null {
  if (envValue(env, ALLOW_NETWORK_ENV) === '1') return null;
  const where = networkFileSystemOf(facts(file));
  return where === null ? null : networkWorkspaceMessage(path.resolve(file), where);
}
