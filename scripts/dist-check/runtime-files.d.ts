import type { RuntimeFile } from './reachability.js';

export declare const RUNTIME_FILES: readonly RuntimeFile[];
export declare const BUNDLE_ROOTS: readonly string[];
export declare const PROVIDED: readonly string[];
