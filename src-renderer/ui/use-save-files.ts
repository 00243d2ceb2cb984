// What a download button does once the api hands over its files: save each one and say so on the
// status line, naming the files, so every page that exports reads the same.
import { useCallback } from 'react';
import { downloadBase64, downloadText } from '../lib/download.js';
import { useStatus } from '../state/status-store.js';

/** A file as the api sends it: text, or binary as base64 (a package). */
export type ArrivedFile = { fileName: string; mediaType: string } & (
  { text: string } | { base64: string }
);

export function useSaveFiles(): (files: readonly ArrivedFile[]) => void {
  const announce = useStatus((state) => state.announce);
  return useCallback(
    (files) => {
      for (const file of files) {
        if ('text' in file) downloadText(file.fileName, file.text, file.mediaType);
        else downloadBase64(file.fileName, file.base64, file.mediaType);
      }
      announce(`Downloaded ${files.map((f) => f.fileName).join(' and ')}.`, 'success');
    },
    [announce],
  );
}
