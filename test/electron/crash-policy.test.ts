import { describe, expect, it } from 'vitest';
import {
  afterWindowStopped,
  askWords,
  childGoneLine,
  CRASH_WINDOW_MS,
  FAILURE_DIALOG_INTERVAL_MS,
  failureWords,
  MAX_RELOADS,
  onMainFailure,
  reasonWords,
  reloadedWords,
} from '../../src-main/electron/crash-policy.js';

describe('when the window’s page stops', () => {
  it('reloads, up to MAX_RELOADS times a minute, then asks instead of looping', () => {
    let recent: number[] = [];
    const actions: string[] = [];
    for (let i = 0; i <= MAX_RELOADS; i++) {
      const decision = afterWindowStopped(recent, 1000 + i * 5000);
      recent = decision.recent;
      actions.push(decision.action);
    }
    expect(actions).toEqual([...Array<string>(MAX_RELOADS).fill('reload'), 'ask']);
  });

  it('forgets stops older than a minute', () => {
    const old = [0, 10, 20];
    expect(afterWindowStopped(old, 20 + CRASH_WINDOW_MS + 1)).toEqual({
      action: 'reload',
      recent: [20 + CRASH_WINDOW_MS + 1],
    });
    expect(afterWindowStopped(old, 30).action).toBe('ask');
  });

  it('tells people what happened, that saved work is safe, and where the details are', () => {
    const reloaded = reloadedWords('oom');
    expect(reloaded.message).toBe('Concord’s window stopped unexpectedly and was opened again.');
    expect(reloaded.detail).toMatch(/saved is safe/);
    expect(reloaded.detail).toMatch(/ran out of memory/);
    expect(reloaded.detail).toMatch(/Help → Show Log File/);
    const ask = askWords('crashed');
    expect(ask.buttons).toEqual(['Try Again', 'Quit Concord']);
    expect(ask.detail).toMatch(/did not open it again by itself/);
    expect(reasonWords('something-new')).toBe('it ended unexpectedly');
  });

  it('logs a child process by its kind and name', () => {
    expect(
      childGoneLine({
        type: 'Utility',
        reason: 'crashed',
        exitCode: 5,
        serviceName: 'network.mojom',
      }),
    ).toBe('Child process gone: Utility (network.mojom), crashed (exit code 5)');
    expect(childGoneLine({ type: 'GPU', reason: 'killed', exitCode: 9 })).toBe(
      'Child process gone: GPU, killed (exit code 9)',
    );
  });
});

describe('an error nothing caught in the main process', () => {
  const now = 1_000_000;
  it('is fatal before the window is up: told, then the app quits', () => {
    for (const origin of ['uncaughtException', 'unhandledRejection'] as const) {
      expect(onMainFailure(origin, { started: false, lastDialogAt: null, now })).toEqual({
        dialog: true,
        quit: true,
      });
    }
  });

  it('once the app runs: told once in a while and the meeting goes on; a rejection is only logged', () => {
    const running = { started: true, now };
    expect(onMainFailure('uncaughtException', { ...running, lastDialogAt: null })).toEqual({
      dialog: true,
      quit: false,
    });
    expect(onMainFailure('uncaughtException', { ...running, lastDialogAt: now - 1000 })).toEqual({
      dialog: false,
      quit: false,
    });
    expect(
      onMainFailure('uncaughtException', {
        ...running,
        lastDialogAt: now - FAILURE_DIALOG_INTERVAL_MS,
      }).dialog,
    ).toBe(true);
    expect(onMainFailure('unhandledRejection', { ...running, lastDialogAt: null })).toEqual({
      dialog: false,
      quit: false,
    });
  });

  it('names the log file in the dialog', () => {
    expect(failureWords(true, '/logs/concord-app.log').detail).toContain('/logs/concord-app.log');
    expect(failureWords(false, null).detail).toContain('No log file could be kept.');
  });
});
