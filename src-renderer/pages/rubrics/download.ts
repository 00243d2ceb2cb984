// Saves text as a file the way a browser does: a Blob behind an <a download>. Works the same in
// Electron's window, where the download lands where the user chooses.
export function downloadText(fileName: string, text: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const RUBRIC_MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  case: 'application/json',
} as const;
