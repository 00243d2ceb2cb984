// The sample a rater is on survives a reload of the tab (a phone that drops the page, a refresh),
// so they come back to where they were rather than to the first sample.
import { useEffect, useState } from 'react';

export function useStoredIndex(storageKey: string, count: number) {
  const [index, setIndex] = useState(() => {
    const stored = Number(sessionStorage.getItem(storageKey));
    return Number.isInteger(stored) && stored >= 0 && stored < count ? stored : 0;
  });
  useEffect(() => {
    sessionStorage.setItem(storageKey, String(index));
  }, [storageKey, index]);
  return [index, setIndex] as const;
}
