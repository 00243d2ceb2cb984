// The live room as the facilitator sees it: where it can be served, and how teachers join.

/** An address of this computer teachers' devices could reach. */
export interface NetworkAddress {
  name: string;
  address: string;
  /** Only this computer can reach it (127.0.0.1): fine for one-device sessions and testing. */
  internal: boolean;
}

export interface RoomInfo {
  code: string;
  /** The address teachers open, ending with the code; null until the room is hosted. */
  joinUrl: string | null;
}
