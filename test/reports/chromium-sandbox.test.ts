// The sandbox decision, and printing through a stand-in browser (a shell script that behaves
// like Chromium where its sandbox cannot start): on unless the platform forbids it, one retry
// without it after Chromium's own sandbox error, and the user told.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWithChromium } from '../../src-main/reports/chromium.js';
import { isSandboxFailure, sandboxForbidden } from '../../src-main/reports/chromium-sandbox.js';
import { tempDir } from '../helpers/workspace.js';

describe('the sandbox decision', () => {
  it('keeps the sandbox on except for root on Linux', () => {
    expect(sandboxForbidden('linux', 0)).toBe(true);
    expect(sandboxForbidden('linux', 1000)).toBe(false);
    expect(sandboxForbidden('darwin', 0)).toBe(false);
    expect(sandboxForbidden('darwin', 501)).toBe(false);
    expect(sandboxForbidden('win32', null)).toBe(false);
  });

  it('recognises Chromium’s sandbox errors and nothing else', () => {
    expect(
      isSandboxFailure(
        '[875:875:1203/060130.811485:ERROR:content/browser/zygote_host/zygote_host_impl_linux.cc:103] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.',
      ),
    ).toBe(true);
    expect(
      isSandboxFailure(
        '[1:1:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! Update your kernel or see https://chromium.googlesource.com/chromium/src/+/main/docs/linux/suid_sandbox_development.md',
      ),
    ).toBe(true);
    expect(
      isSandboxFailure(
        'Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = Operation not permitted',
      ),
    ).toBe(true);
    expect(isSandboxFailure('ERROR: cannot open display')).toBe(false);
    expect(isSandboxFailure('')).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('printing with a stand-in browser', () => {
  let dir: string;
  let calls: string;
  const browser = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(
      path,
      [
        '#!/bin/sh',
        `echo "$*" >> "${calls}"`,
        'out=""; nosandbox=""',
        'for a in "$@"; do case "$a" in',
        '  --no-sandbox) nosandbox=1 ;;',
        '  --print-to-pdf=*) out="${a#--print-to-pdf=}" ;;',
        'esac; done',
        body,
      ].join('\n'),
    );
    chmodSync(path, 0o755);
    return path;
  };
  const runs = () => readFileSync(calls, 'utf8').trim().split('\n');
  const write = 'printf "%%PDF-stand-in" > "$out"';

  beforeAll(() => {
    dir = tempDir();
    calls = join(dir, 'calls.txt');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints with the sandbox on when it may', async () => {
    writeFileSync(calls, '');
    const works = browser('works', write);
    const pdf = await printWithChromium(works, '<p>hi</p>', { noSandbox: false });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-stand-in');
    expect(runs()).toHaveLength(1);
    expect(runs()[0]).not.toContain('--no-sandbox');
    expect(runs()[0]).toContain('--headless');
  });

  it('retries once without the sandbox after Chromium’s sandbox error, and says so', async () => {
    writeFileSync(calls, '');
    const noSandboxHere = browser(
      'no-sandbox-here',
      [
        'if [ -z "$nosandbox" ]; then',
        '  echo "[1:1:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! Update your kernel" >&2',
        '  exit 1',
        'fi',
        write,
      ].join('\n'),
    );
    const notes: string[] = [];
    const pdf = await printWithChromium(noSandboxHere, '<p>hi</p>', {
      noSandbox: false,
      onNote: (note) => notes.push(note),
    });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-stand-in');
    expect(runs()).toHaveLength(2);
    expect(runs()[0]).not.toContain('--no-sandbox');
    expect(runs()[1]).toContain('--no-sandbox');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('could not start its sandbox');
    expect(notes[0]).toContain('No usable sandbox');

    // The same browser in the same process goes straight to the way that worked.
    writeFileSync(calls, '');
    await printWithChromium(noSandboxHere, '<p>again</p>', { onNote: (n) => notes.push(n) });
    expect(runs()).toHaveLength(1);
    expect(runs()[0]).toContain('--no-sandbox');
    expect(notes).toHaveLength(1);
  });

  it('does not retry other failures, and reports them', async () => {
    writeFileSync(calls, '');
    const broken = browser('broken', 'echo "ERROR: cannot open the profile" >&2; exit 3');
    await expect(printWithChromium(broken, '<p>hi</p>', { noSandbox: false })).rejects.toThrow(
      /failed \(exit 3\): ERROR: cannot open the profile/,
    );
    expect(runs()).toHaveLength(1);
  });

  it('does not retry when the sandbox error comes back without the sandbox', async () => {
    writeFileSync(calls, '');
    const never = browser('never', 'echo "No usable sandbox!" >&2; exit 1');
    const notes: string[] = [];
    await expect(
      printWithChromium(never, '<p>hi</p>', { noSandbox: false, onNote: (n) => notes.push(n) }),
    ).rejects.toThrow(/No usable sandbox/);
    expect(runs()).toHaveLength(2);
    expect(notes).toHaveLength(1);
  });
});
