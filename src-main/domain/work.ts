// Heavy work under way, as the owner's screen shows it: "Anonymizing essay.pdf: page 3 of 7".
export interface WorkUnderWay {
  id: string;
  /** What is being done, in words: "Anonymizing essay.pdf". */
  what: string;
  done: number;
  total: number;
  /** What is counted: pages, files. */
  unit: string;
}
