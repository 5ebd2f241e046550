/** What the outbox logs through; a pino logger is one. */
export interface RepliesLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}
