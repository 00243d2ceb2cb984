// "Start empty" is remembered per workspace file, so the welcome does not come back on every visit.
const PREFIX = 'concord.startedEmpty:';

export function hasStartedEmpty(workspacePath: string): boolean {
  try {
    return localStorage.getItem(PREFIX + workspacePath) === 'yes';
  } catch {
    return false;
  }
}

export function rememberStartedEmpty(workspacePath: string): void {
  try {
    localStorage.setItem(PREFIX + workspacePath, 'yes');
  } catch {
    // Storage can be unavailable (private windows); the choice then lasts until reload.
  }
}
