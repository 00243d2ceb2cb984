// Whether headless Chromium prints with its sandbox. The sandbox confines the browser process
// that renders the report, so it stays on wherever the platform lets it start:
// - Windows and macOS: always on; it needs no privileges there.
// - Linux as root (uid 0): Chromium refuses to start sandboxed ("Running as root without
//   --no-sandbox is not supported"), so it starts with --no-sandbox from the first attempt.
// - Linux otherwise: on; but some containers and locked-down kernels forbid the user
//   namespaces it needs. Then the first attempt fails with a sandbox error and the report is
//   printed once more without it, and the user is told. The report is Concord's own HTML,
//   loaded from a local file with the network unused, so that fallback prints nothing foreign.

/** Start without the sandbox from the first attempt: only where Chromium would refuse it. */
export function sandboxForbidden(platform: NodeJS.Platform, uid: number | null): boolean {
  return platform === 'linux' && uid === 0;
}

const SANDBOX_FAILURE =
  /no usable sandbox|without --no-sandbox|failed to move to new namespace|setuid sandbox|sandbox[^\n]*(?:not permitted|not supported|failed)/i;

/** Whether a failed start's error output is Chromium saying its sandbox could not start. */
export function isSandboxFailure(stderr: string): boolean {
  return SANDBOX_FAILURE.test(stderr);
}

/** This process's user id where the platform has one (not on Windows). */
export function currentUid(): number | null {
  return typeof process.getuid === 'function' ? process.getuid() : null;
}
