// Whether the server has refused this tab's access key (e.g. `concord serve` was restarted and
// printed a new address); the whole app then gives way to the "open the printed address" screen.
// A rater's key stops working when the session closes, and a qualification candidate's when the
// attempt is over, so for them the words differ.
import { create } from 'zustand';

export type Role = 'owner' | 'rater' | 'candidate' | 'turns';

interface AccessState {
  refused: boolean;
  role: Role | null;
  refuse(): void;
  setRole(role: Role): void;
}

export const useAccess = create<AccessState>((set) => ({
  refused: false,
  role: null,
  refuse: () => set({ refused: true }),
  setRole: (role) => set({ role }),
}));
