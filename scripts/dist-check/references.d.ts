export type ReferenceKind = 'import' | 'require' | 'resolve' | 'url';

export interface ModuleReference {
  specifier: string;
  kind: ReferenceKind;
}

export declare function moduleReferences(source: string, filename: string): ModuleReference[];
