import type { ParsedArgs } from './args';

/** Where a command writes; tests capture it. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * One CLI command. `words` is how it is typed ("db info"). Commands that touch data open a runtime
 * through openRuntime() so every call goes through the same router as the app.
 * When adding a command: write electron/cli/commands/<area>-<verb>.ts and list it in commands/index.ts.
 */
export interface CliCommand {
  words: readonly string[];
  summary: string;
  usage: string;
  booleanFlags?: readonly string[];
  run(args: ParsedArgs, io: CliIo): Promise<number> | number;
}
