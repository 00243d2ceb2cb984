export declare function loadBuilderConfig(projectDir: string): Promise<Record<string, unknown>>;
export declare function validateBuilderConfig(config: Record<string, unknown>): Promise<void>;
export declare function readPackageJson(projectDir: string): Record<string, unknown>;
