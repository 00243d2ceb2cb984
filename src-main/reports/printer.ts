// The PDF printer of this process. Node shells (the CLI, `concord serve`) print with an
// installed Chrome, Edge or Chromium; the Electron shell replaces it with its own `printToPDF`
// at start.
import type { FoundBrowser } from './browser-finder.js';
import type { PrintOptions } from './chromium.js';
import { NO_CHROMIUM_MESSAGE, printWithChromium } from './chromium.js';
import { findInstalledBrowser } from './installed-browser.js';

export interface PdfPrinter {
  /** Said to the user: how the PDF is made here. */
  how: string;
  /** The installed browser that prints; absent when the app prints with its own Chromium. */
  browser?: FoundBrowser;
  print(documentHtml: string, options?: Pick<PrintOptions, 'onNote'>): Promise<Uint8Array>;
}

export type PrinterLookup = { ok: true; printer: PdfPrinter } | { ok: false; message: string };

let chosen: PdfPrinter | null | undefined;

/** null: this process cannot print; undefined: back to the installed browser, if any. */
export function setPdfPrinter(printer: PdfPrinter | null | undefined): void {
  chosen = printer;
}

/** The printer, or what to do when this machine has no way to print a PDF. */
export async function findPdfPrinter(): Promise<PrinterLookup> {
  if (chosen === null) return { ok: false, message: NO_CHROMIUM_MESSAGE };
  if (chosen !== undefined) return { ok: true, printer: chosen };
  const found = await findInstalledBrowser();
  if (!found.ok) return found;
  const { browser } = found;
  return {
    ok: true,
    printer: {
      how: `printed by ${browser.name}, ${browser.path}`,
      browser,
      print: (documentHtml, options) => printWithChromium(browser.path, documentHtml, options),
    },
  };
}
