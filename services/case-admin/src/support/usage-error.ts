/**
 * A command line the CLI will not run (a bad value found after parsing, an unknown name): exit
 * code 2, as for commander's own parse errors, so scripts can tell "you called it wrong" (2) from
 * "it ran and failed" (1).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
