import { driftSuite } from './drift.js';
import { judgingSuite } from './judging.js';
import { meetingLoadSuite } from './meeting-load.js';
import { meetingSuite } from './meeting.js';
import { resultsSuite } from './results.js';
import { statsSuite } from './stats.js';
import type { BenchSuite } from './suite.js';

export const suites: BenchSuite[] = [
  statsSuite,
  resultsSuite,
  meetingSuite,
  meetingLoadSuite,
  driftSuite,
  judgingSuite,
];
