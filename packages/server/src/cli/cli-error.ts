import type { Db } from '../db/database.js';

/** A failure the CLI reports as one clear line; exit 2 for wrong usage, 1 otherwise. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export type CommandInput = {
  db: Db;
  args: string[];
  options: Record<string, string | boolean | undefined>;
};
export type Command = (input: CommandInput) => Promise<string>;
