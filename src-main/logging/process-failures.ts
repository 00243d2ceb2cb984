// An error nothing caught, in a Node process that stops on it (`concord serve`): logged with its
// stack just before Node stops the process as it always did. A monitor changes nothing else.
import type { Log } from './log.js';

export function logFatalErrors(proc: NodeJS.Process, log: Log): () => void {
  const monitor = (error: Error, origin: NodeJS.UncaughtExceptionOrigin) => {
    log.error(
      origin === 'unhandledRejection'
        ? 'Concord stopped: a failure nothing handled (unhandled promise rejection)'
        : 'Concord stopped: an error nothing caught',
      error,
    );
  };
  proc.on('uncaughtExceptionMonitor', monitor);
  return () => {
    proc.off('uncaughtExceptionMonitor', monitor);
  };
}
