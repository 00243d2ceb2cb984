// Whether the server has refused this tab's access key (e.g. `concord serve` was restarted and
// printed a new address); the whole app then gives way to the "open the printed address" screen.
import { create } from 'zustand';

interface AccessState {
  refused: boolean;
  refuse(): void;
}

export const useAccess = create<AccessState>((set) => ({
  refused: false,
  refuse: () => set({ refused: true }),
}));
