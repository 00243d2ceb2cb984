// The PDF printer of this process. Node shells (the CLI, `concord serve`) print with an
// installed Chromium; the Electron shell replaces it with its own `printToPDF` at start.
import { findChromium, printWithChromium } from './chromium.js';

export interface PdfPrinter {
  /** Said to the user: how the PDF is made here. */
  how: string;
  print(documentHtml: string): Promise<Uint8Array>;
}

let chosen: PdfPrinter | null | undefined;

/** null: this process cannot print; undefined: back to the installed Chromium, if any. */
export function setPdfPrinter(printer: PdfPrinter | null | undefined): void {
  chosen = printer;
}

/** The printer, or null when this machine has no way to print a PDF. */
export function pdfPrinter(): PdfPrinter | null {
  if (chosen !== undefined) return chosen;
  const chromium = findChromium();
  return chromium === null
    ? null
    : { how: `printed by ${chromium}`, print: (doc) => printWithChromium(chromium, doc) };
}
