import { driftSuite } from './drift.js';
import { meetingSuite } from './meeting.js';
import { statsSuite } from './stats.js';
import type { BenchSuite } from './suite.js';

export const suites: BenchSuite[] = [statsSuite, meetingSuite, driftSuite];
