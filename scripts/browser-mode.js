// Browser mode for `npm start`: what it shows of `concord serve`'s output, and how it opens the
// address in the default browser.
import { spawn } from 'node:child_process';

const READY = /^Concord is ready: (\S+)\s*$/;
const SERVE_HINT = /^Open that address in a browser\./;

/**
 * One line `concord serve` printed, as `npm start` shows it: the address on a line of its own,
 * and what happens next (the browser opens, or the teacher opens the address). `url` is set on
 * the line that carries the address. Other lines pass unchanged.
 */
export function presentServeLine(line, { open }) {
  const ready = READY.exec(line);
  if (ready) {
    return {
      lines: ['', 'Concord is ready at this address:', '', `  ${ready[1]}`, ''],
      url: ready[1],
    };
  }
  if (SERVE_HINT.test(line)) {
    return {
      lines: [
        open
          ? 'It opens in your web browser now; if it does not, copy the address into one.'
          : 'Open that address in a web browser.',
        'The address carries your access key: keep it to yourself. Press Ctrl+C to stop Concord.',
      ],
      url: null,
    };
  }
  return { lines: [line], url: null };
}

/**
 * The command that opens `url` in the default browser, or null where none can: a Linux or BSD
 * machine without a graphical session would start a text browser in this terminal, or nothing.
 */
export function browserCommand(url, platform, env) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // rundll32 hands the address to the default browser without cmd.exe reading it (cmd's `start`
  // would treat characters such as & in an address as its own).
  if (platform === 'win32')
    return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** Opens the address if this machine can; any failure is silent, as the address is printed. */
export function openInBrowser(url) {
  const how = browserCommand(url, process.platform, process.env);
  if (!how) return;
  try {
    const child = spawn(how.command, how.args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Nothing to do: the address is on screen.
  }
}
