export declare const STAND_IN_MESSAGE: string;
export declare function writeElectronStandIn(dir: string): string;
