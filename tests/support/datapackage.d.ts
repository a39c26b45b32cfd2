/**
 * The part of npm `datapackage` (Frictionless JS, which ships no types) that
 * tests/build/downloads.test.ts uses.
 */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    valid: boolean;
    errors: Error[];
    tabular: boolean;
    descriptor: { path: string; encoding?: string; schema: { fields: { name: string; type: string }[] } };
    headers: string[] | null;
    read(options?: { keyed?: boolean; cast?: boolean; forceCast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}
