// The app prints reports with its own Chromium: a hidden, script-less window loads the report
// and `webContents.printToPDF` turns it into PDF bytes. Set as the process's printer at start.
// Electron is a type here only: main.ts hands in the window constructor.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../reports/printer.js';

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  },
};

export function electronPdfPrinter(
  newWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
): PdfPrinter {
  return {
    how: 'printed by Concord',
    async print(documentHtml: string): Promise<Uint8Array> {
      const window = newWindow(PRINT_WINDOW_OPTIONS);
      try {
        const base64 = Buffer.from(documentHtml).toString('base64');
        await window.loadURL(`data:text/html;charset=utf-8;base64,${base64}`);
        const pdf = await window.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
