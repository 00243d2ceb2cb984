// What the app does when a process of its own stops: pure decisions and the words people see,
// so each is tested without Electron (crash-handling.ts wires them to the events).

/** Reloads allowed within CRASH_WINDOW_MS before the app stops reloading and asks instead. */
export const MAX_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

export interface CrashDecision {
  action: 'reload' | 'ask';
  /** The times of the window's recent stops, this one included, for the next decision. */
  recent: number[];
}

/**
 * After the window's page stopped (render-process-gone): reload it, unless it has already stopped
 * MAX_RELOADS times in the last minute, when reloading again would only loop.
 */
export function afterWindowStopped(previous: readonly number[], now: number): CrashDecision {
  const recent = [...previous.filter((at) => now - at < CRASH_WINDOW_MS), now];
  return { action: recent.length > MAX_RELOADS ? 'ask' : 'reload', recent };
}

export interface Words {
  message: string;
  detail: string;
}

const SAVED =
  'Everything Concord had saved is safe: scores and changes are stored as they are made. ' +
  'Anything typed but not yet saved may need typing again.';

export function reloadedWords(reason: string): Words {
  return {
    message: 'Concord’s window stopped unexpectedly and was opened again.',
    detail: `${SAVED}\n\n(${reasonWords(reason)}; the details are in the log file: Help → Show Log File.)`,
  };
}

export function askWords(reason: string): Words & { buttons: [string, string] } {
  return {
    message: 'Concord’s window keeps stopping.',
    detail:
      `It stopped ${MAX_RELOADS + 1} times within a minute (${reasonWords(reason)}), so Concord ` +
      `did not open it again by itself. ${SAVED}\n\nTry again, or quit and open Concord later. ` +
      'If it goes on happening, send the log file (Help → Show Log File) to whoever looks after ' +
      'Concord.',
    buttons: ['Try Again', 'Quit Concord'],
  };
}

/** Electron's reasons (RenderProcessGoneDetails.reason) in plain words. */
export function reasonWords(reason: string): string {
  switch (reason) {
    case 'oom':
      return 'the computer ran out of memory for it';
    case 'crashed':
      return 'it crashed';
    case 'killed':
      return 'it was ended by the system or another program';
    case 'launch-failed':
      return 'it could not start';
    case 'integrity-failure':
      return 'its code failed a check';
    case 'memory-eviction':
      return 'the system reclaimed its memory';
    case 'clean-exit':
      return 'it closed by itself';
    default:
      return 'it ended unexpectedly';
  }
}

export interface GoneDetails {
  reason: string;
  exitCode: number;
}

export function windowStoppedLine(details: GoneDetails, action: CrashDecision['action']): string {
  return (
    `Window process gone: ${details.reason} (exit code ${details.exitCode}); ` +
    (action === 'reload' ? 'reloading it' : 'stopped reloading, asking what to do')
  );
}

export function childGoneLine(details: {
  type: string;
  reason: string;
  exitCode: number;
  serviceName?: string;
  name?: string;
}): string {
  const which = details.name ?? details.serviceName;
  return (
    `Child process gone: ${details.type}${which ? ` (${which})` : ''}, ${details.reason} ` +
    `(exit code ${details.exitCode})`
  );
}

// Errors in the main process that nothing caught.

export type FailureOrigin = 'uncaughtException' | 'unhandledRejection';

/** At most one dialog this often: a failing timer must not bury the meeting in dialogs. */
export const FAILURE_DIALOG_INTERVAL_MS = 10 * 60_000;

export interface FailureDecision {
  dialog: boolean;
  quit: boolean;
}

/**
 * Before the window is up the app cannot go on: say so and quit. Once it is up an uncaught error
 * is told (once in a while) and the app keeps serving the meeting, as Electron itself would; a
 * rejected promise nobody waited for is only logged.
 */
export function onMainFailure(
  origin: FailureOrigin,
  state: { started: boolean; lastDialogAt: number | null; now: number },
): FailureDecision {
  if (!state.started) return { dialog: true, quit: true };
  if (origin === 'unhandledRejection') return { dialog: false, quit: false };
  const due =
    state.lastDialogAt === null || state.now - state.lastDialogAt >= FAILURE_DIALOG_INTERVAL_MS;
  return { dialog: due, quit: false };
}

export function failureWords(quit: boolean, logFile: string | null): Words {
  const where = logFile
    ? `It is written in the log file: ${logFile}`
    : 'No log file could be kept.';
  return quit
    ? {
        message: 'Concord could not start.',
        detail: `Something went wrong inside Concord while it started. ${where}\n\nOpen Concord again; if this happens again, send the log file to whoever looks after Concord.`,
      }
    : {
        message: 'Something went wrong inside Concord.',
        detail: `Concord goes on working, and what was saved is safe. ${where}\n\nIf Concord stops responding, quit and open it again, and send the log file (Help → Show Log File) to whoever looks after Concord.`,
      };
}
