// The live room as the facilitator sees it: where it can be served, and how teachers join.

/** An address of this computer teachers' devices could reach. */
export interface NetworkAddress {
  name: string;
  address: string;
  /** Only this computer can reach it (127.0.0.1): fine for one-device sessions and testing. */
  internal: boolean;
}

export interface RoomInfo {
  /** The open join code; null after a run of wrong guesses retired it, until a new one is issued. */
  code: string | null;
  /** The address teachers open, ending with the code; null until the room is hosted. */
  joinUrl: string | null;
  /** A run of wrong codes retired the last one: the facilitator issues a new one. */
  lockedOut: boolean;
}
