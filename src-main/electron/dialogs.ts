// Native dialogs for choosing workspace files and for reporting what went wrong.
import type {
  BrowserWindow,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { dialog } from 'electron';
import { WORKSPACE_FILE_FILTERS } from './workspace-files.js';

export async function chooseWorkspaceToOpen(window: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open Workspace',
    buttonLabel: 'Open',
    properties: ['openFile'],
    filters: WORKSPACE_FILE_FILTERS,
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseBackupDestination(
  window: BrowserWindow | null,
  defaultPath: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Back Up Workspace',
    buttonLabel: 'Back Up',
    defaultPath,
    filters: WORKSPACE_FILE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? null : (result.filePath ?? null);
}

export async function showMessage(
  window: BrowserWindow | null,
  type: 'info' | 'error',
  message: string,
  detail: string,
): Promise<void> {
  const options: MessageBoxOptions = { type, message, detail, buttons: ['OK'] };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
