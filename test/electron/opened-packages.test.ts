// A .concord package opened from the system: which command-line arguments count, and how the
// window gets the file, by id only, once.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InboxFiles } from '../../src-main/electron/opened-packages.js';
import {
  createPackageInbox,
  MAX_PACKAGE_BYTES,
  packagesFromCommandLine,
} from '../../src-main/electron/opened-packages.js';

describe('packagesFromCommandLine', () => {
  const existing = new Set([
    path.resolve('/home/t/Downloads/October moderation.concord'),
    path.resolve('/w/scores.CONCORD'),
    path.resolve('/w/team.concord'),
  ]);
  const isFile = (file: string) => existing.has(file);

  it('finds an existing .concord file, however it is passed', () => {
    expect(
      packagesFromCommandLine(
        ['/opt/Concord/concord', '/home/t/Downloads/October moderation.concord'],
        '/',
        isFile,
      ),
    ).toEqual([path.resolve('/home/t/Downloads/October moderation.concord')]);
    // Relative to the launch's folder, any case of the extension, or a file:// URL (Linux desktops).
    expect(packagesFromCommandLine(['concord', 'scores.CONCORD'], '/w', isFile)).toEqual([
      path.resolve('/w/scores.CONCORD'),
    ]);
    const url = pathToFileURL(path.resolve('/home/t/Downloads/October moderation.concord')).href;
    expect(packagesFromCommandLine(['concord', url], '/', isFile)).toEqual([
      path.resolve('/home/t/Downloads/October moderation.concord'),
    ]);
  });

  it('ignores the executable, switches, the app folder, --workspace’s value and other files', () => {
    const argv = [
      '/w/team.concord', // the executable's place is never a package
      '.',
      '--no-sandbox',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      '--workspace',
      '/w/team.concord',
      '/w/missing.concord',
      '/w/notes.txt',
      'https://example.com/x.concord',
    ];
    expect(packagesFromCommandLine(argv, '/w', isFile)).toEqual([]);
    expect(packagesFromCommandLine([...argv, '/w/team.concord'], '/w', isFile)).toEqual([
      path.resolve('/w/team.concord'),
    ]);
  });
});

function fakeFiles(sizes: Record<string, number>) {
  const reads: string[] = [];
  let n = 0;
  const files: InboxFiles = {
    fileSize: (file) => sizes[file] ?? null,
    readFile: async (file) => {
      reads.push(file);
      return new Uint8Array(sizes[file] ?? 0).fill(7);
    },
    newId: () => `id-${++n}`,
  };
  return { files, reads };
}

describe('the package inbox', () => {
  it('tells the window a name and a size, never the path', () => {
    const { files } = fakeFiles({ '/in/a.concord': 3 });
    const inbox = createPackageInbox(files);
    expect(inbox.waiting()).toBeNull();
    expect(inbox.receive('/in/a.concord')).toEqual({ id: 'id-1', name: 'a.concord', size: 3 });
    expect(inbox.waiting()).toEqual({ id: 'id-1', name: 'a.concord', size: 3 });
    expect(JSON.stringify(inbox.waiting())).not.toContain('/in/');
    // Asked again (a reload), it is still there.
    expect(inbox.waiting()).toEqual({ id: 'id-1', name: 'a.concord', size: 3 });
  });

  it('refuses what is not an existing .concord file', () => {
    const { files } = fakeFiles({ '/in/a.zip': 3 });
    const inbox = createPackageInbox(files);
    expect(inbox.receive('/in/a.zip')).toBeNull();
    expect(inbox.receive('/in/gone.concord')).toBeNull();
    expect(inbox.waiting()).toBeNull();
  });

  it('reads the file it was given, by its id only, once; a newer package replaces it', async () => {
    const { files, reads } = fakeFiles({ '/in/a.concord': 3, '/in/b.concord': 2 });
    const inbox = createPackageInbox(files);
    inbox.receive('/in/a.concord');
    inbox.receive('/in/b.concord');
    expect(await inbox.read('id-1')).toMatchObject({ ok: false });
    expect(await inbox.read('/in/a.concord')).toMatchObject({ ok: false });
    expect(await inbox.read({ id: 'id-2' })).toMatchObject({ ok: false });
    expect(reads).toEqual([]);
    const read = await inbox.read('id-2');
    expect(read).toEqual({ ok: true, name: 'b.concord', bytes: new Uint8Array([7, 7]) });
    expect(reads).toEqual(['/in/b.concord']);
    expect(await inbox.read('id-2')).toMatchObject({ ok: false });
    expect(inbox.waiting()).toBeNull();
  });

  it('says so when the file went away or grew too large, and forgets a dismissed one', async () => {
    const sizes: Record<string, number> = { '/in/a.concord': 3 };
    const inbox = createPackageInbox(fakeFiles(sizes).files);
    inbox.receive('/in/a.concord');
    sizes['/in/a.concord'] = MAX_PACKAGE_BYTES + 1;
    expect(await inbox.read('id-1')).toEqual({
      ok: false,
      message: 'a.concord is larger than the 190 MB a package may be.',
    });
    sizes['/in/a.concord'] = 3;
    inbox.receive('/in/a.concord');
    delete sizes['/in/a.concord'];
    expect(await inbox.read('id-2')).toEqual({
      ok: false,
      message: 'a.concord is no longer where it was.',
    });
    sizes['/in/a.concord'] = 3;
    inbox.receive('/in/a.concord');
    inbox.dismiss('id-1');
    expect(inbox.waiting()?.id).toBe('id-3');
    inbox.dismiss('id-3');
    expect(inbox.waiting()).toBeNull();
  });
});
