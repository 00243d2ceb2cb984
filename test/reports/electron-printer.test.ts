// The app's printer, against a stand-in window: the report loads with JavaScript off in a hidden
// window, is printed with its own page size, and the window is destroyed even when printing fails.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronPdfPrinter } from '../../src-main/electron/pdf-printer.js';

function standIn(fail: boolean) {
  const seen = { options: null as BrowserWindowConstructorOptions | null, url: '', destroyed: 0 };
  const make = (options: BrowserWindowConstructorOptions) => {
    seen.options = options;
    const window = {
      loadURL: (url: string) => {
        seen.url = url;
        return Promise.resolve();
      },
      webContents: {
        printToPDF: (settings: { preferCSSPageSize?: boolean }) =>
          fail
            ? Promise.reject(new Error('printer jammed'))
            : Promise.resolve(Buffer.from(`%PDF css=${String(settings.preferCSSPageSize)}`)),
      },
      destroy: () => {
        seen.destroyed++;
      },
    };
    return window as unknown as BrowserWindow;
  };
  return { seen, make };
}

describe('the Electron report printer', () => {
  it('prints the report from a hidden window with JavaScript off, then destroys it', async () => {
    const { seen, make } = standIn(false);
    const pdf = await electronPdfPrinter(make).print('<p>Ünïcode report</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF css=true');
    expect(seen.options?.show).toBe(false);
    expect(seen.options?.webPreferences?.javascript).toBe(false);
    const [, base64] = seen.url.split(';base64,');
    expect(Buffer.from(base64!, 'base64').toString()).toBe('<p>Ünïcode report</p>');
    expect(seen.destroyed).toBe(1);
  });

  it('destroys the window when printing fails', async () => {
    const { seen, make } = standIn(true);
    await expect(electronPdfPrinter(make).print('<p>x</p>')).rejects.toThrow('printer jammed');
    expect(seen.destroyed).toBe(1);
  });
});
