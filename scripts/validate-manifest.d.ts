export declare class SetupError extends Error {}
export declare function findSchema(dir?: string): string;
export declare function runXmllint(manifestPath: string, schemaFile?: string): { ok: boolean; output: string };
export declare function main(
  argv: readonly string[],
  out?: { write(text: string): unknown },
  err?: { write(text: string): unknown },
): number;
