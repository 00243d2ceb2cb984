// A workspace on a network file system is refused: the decision from the facts of each platform,
// and the words of the refusal.
import { describe, expect, it } from 'vitest';
import type { FileSystemFacts } from '../../src-main/store/network-storage.js';
import {
  fileSystemFacts,
  macMountTypeOf,
  networkFileSystemOf,
  networkRefusal,
  windowsShareOf,
} from '../../src-main/store/network-storage.js';

const win = (path: string, realPath?: string): FileSystemFacts => ({
  platform: 'win32',
  path,
  ...(realPath === undefined ? {} : { realPath }),
});
const linux = (fsType: number, path = '/home/t/ws.sqlite'): FileSystemFacts => ({
  platform: 'linux',
  path,
  fsType,
});
const mac = (fsTypeName: string): FileSystemFacts => ({
  platform: 'darwin',
  path: '/Volumes/staff/ws.sqlite',
  fsTypeName,
});

describe('Windows', () => {
  it('refuses a UNC path, in every spelling, naming the share', () => {
    expect(networkFileSystemOf(win('\\\\nas\\staff\\concord\\ws.sqlite'))).toBe(
      'a network share (\\\\nas\\staff)',
    );
    expect(networkFileSystemOf(win('//nas/staff/ws.sqlite'))).toBe(
      'a network share (\\\\nas\\staff)',
    );
    expect(networkFileSystemOf(win('\\\\?\\UNC\\nas\\staff\\ws.sqlite'))).toBe(
      'a network share (\\\\nas\\staff)',
    );
  });

  it('refuses a mapped network drive, which the system resolves to its share', () => {
    expect(
      networkFileSystemOf(win('z:\\moderation\\ws.sqlite', '\\\\nas\\staff\\moderation')),
    ).toBe('the network drive Z: (\\\\nas\\staff)');
  });

  it('accepts a local drive, also in long form, and a subst drive resolved to a local one', () => {
    expect(
      networkFileSystemOf(
        win(
          'C:\\Users\\t\\AppData\\Local\\Concord\\ws.sqlite',
          'C:\\Users\\t\\AppData\\Local\\Concord',
        ),
      ),
    ).toBeNull();
    expect(networkFileSystemOf(win('\\\\?\\C:\\data\\ws.sqlite'))).toBeNull();
    expect(networkFileSystemOf(win('S:\\ws.sqlite', 'D:\\projects'))).toBeNull();
    expect(networkFileSystemOf(win('D:\\ws.sqlite'))).toBeNull();
    expect(windowsShareOf('\\\\.\\C:\\x')).toBeNull();
  });
});

describe('Linux', () => {
  it('refuses NFS, SMB and CIFS by the file system type statfs reports', () => {
    expect(networkFileSystemOf(linux(0x6969))).toBe('an NFS network drive');
    expect(networkFileSystemOf(linux(0xff534d42))).toBe('an SMB/CIFS network drive');
    expect(networkFileSystemOf(linux(0xfe534d42))).toBe('an SMB network drive');
    expect(networkFileSystemOf(linux(0x517b))).toBe('an SMB network drive');
  });

  it('refuses a network place the desktop mounted through gvfs, not FUSE as such', () => {
    const fuse = 0x65735546;
    expect(
      networkFileSystemOf(
        linux(fuse, '/run/user/1000/gvfs/smb-share:server=nas,share=staff/ws.sqlite'),
      ),
    ).toBe('a network place mounted by the desktop (gvfs)');
    expect(networkFileSystemOf(linux(fuse, '/home/t/encrypted/ws.sqlite'))).toBeNull();
  });

  it('accepts local file systems, and says nothing when the type is unknown', () => {
    expect(networkFileSystemOf(linux(0xef53))).toBeNull(); // ext4
    expect(networkFileSystemOf(linux(0x9123683e))).toBeNull(); // btrfs
    expect(networkFileSystemOf(linux(0x01021994))).toBeNull(); // tmpfs
    expect(networkFileSystemOf({ platform: 'linux', path: '/x' })).toBeNull();
  });

  it.skipIf(process.platform !== 'linux')('reads the real type of a folder here', () => {
    const facts = fileSystemFacts('/tmp/concord-does-not-exist/deeper/ws.sqlite');
    expect(facts.fsType).toBeTypeOf('number');
  });
});

describe('macOS', () => {
  it('refuses smbfs, nfs, afpfs and webdav mounts, and accepts apfs', () => {
    expect(networkFileSystemOf(mac('smbfs'))).toBe('an SMB network drive');
    expect(networkFileSystemOf(mac('nfs'))).toBe('an NFS network drive');
    expect(networkFileSystemOf(mac('afpfs'))).toBe('an AFP network drive');
    expect(networkFileSystemOf(mac('webdav'))).toBe('a WebDAV network drive');
    expect(networkFileSystemOf(mac('apfs'))).toBeNull();
  });

  it('finds the type of the mount holding the file in `mount`’s output', () => {
    const output = [
      '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
      '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)',
      '//t@nas._smb._tcp.local/staff on /Volumes/staff (smbfs, nodev, nosuid, mounted by t)',
      '//t@nas/staff 2 on /Volumes/staff 2 (smbfs, nodev, nosuid, mounted by t)',
    ].join('\n');
    expect(macMountTypeOf(output, '/Volumes/staff/moderation/ws.sqlite')).toBe('smbfs');
    expect(macMountTypeOf(output, '/Volumes/staff 2/ws.sqlite')).toBe('smbfs');
    expect(macMountTypeOf(output, '/Volumes/staffroom/ws.sqlite')).toBe('apfs');
    expect(macMountTypeOf(output, '/Users/t/ws.sqlite')).toBe('apfs');
  });
});

describe('the refusal', () => {
  const onShare = () => win('\\\\nas\\staff\\ws.sqlite');

  it('names the file, says why and what to do instead', () => {
    const message = networkRefusal('/mnt/staff/ws.sqlite', {}, () =>
      linux(0x6969, '/mnt/staff/ws.sqlite'),
    );
    expect(message).toContain('The workspace /mnt/staff/ws.sqlite is on an NFS network drive.');
    expect(message).toMatch(/shared memory that network drives do not provide safely/);
    expect(message).toMatch(/can be damaged/);
    expect(message).toMatch(/Copy it to a folder on this computer’s own disk/);
    expect(message).toMatch(/File → Back Up Workspace…/);
  });

  it('lets IT open it anyway with CONCORD_ALLOW_NETWORK_WORKSPACE=1, and only with 1', () => {
    expect(networkRefusal('x', { CONCORD_ALLOW_NETWORK_WORKSPACE: '1' }, onShare)).toBeNull();
    expect(networkRefusal('x', { CONCORD_ALLOW_NETWORK_WORKSPACE: 'yes' }, onShare)).not.toBeNull();
    expect(networkRefusal('x', {}, () => linux(0xef53))).toBeNull();
  });
});
