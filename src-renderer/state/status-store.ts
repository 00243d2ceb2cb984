// The one status line of the app: what just happened, read out by screen readers and shown where
// a room can see it.
import { create } from 'zustand';

export type StatusTone = 'info' | 'success' | 'error';

export interface StatusMessage {
  id: number;
  tone: StatusTone;
  text: string;
}

interface StatusState {
  message: StatusMessage | null;
  announce(text: string, tone?: StatusTone): void;
  dismiss(): void;
}

let nextId = 1;

export const useStatus = create<StatusState>((set) => ({
  message: null,
  announce: (text, tone = 'info') => set({ message: { id: nextId++, tone, text } }),
  dismiss: () => set({ message: null }),
}));
