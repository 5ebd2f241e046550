export type DatabaseErrorCode = 'database/data-dir-locked' | 'database/migration-failed' | 'database/invalid-name';

/** Base of every error this package throws on purpose; `code` is stable, `message` is for people. */
export abstract class DatabaseError extends Error {
  abstract readonly code: DatabaseErrorCode;
}

/** Another live process holds the data directory: two writers would corrupt it. */
export class DataDirLocked extends DatabaseError {
  override readonly name = 'DataDirLocked';
  readonly code = 'database/data-dir-locked';

  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data directory ${dataDir} is in use by process ${pid}: stop that process, or set DATA_DIR to another directory`,
    );
  }
}

/**
 * A run of migrations failed: `migration` names the one that threw (absent when the run failed
 * before any, e.g. a migration was added before one already applied). The run is one
 * transaction, so nothing of it is applied.
 */
export class MigrationFailed extends DatabaseError {
  override readonly name = 'MigrationFailed';
  readonly code = 'database/migration-failed';

  constructor(
    readonly owner: string,
    readonly migration: string | undefined,
    options?: ErrorOptions,
  ) {
    super(`${migration ? `migration ${owner}/${migration}` : `the migrations of ${owner}`} failed: ${messageOf(options?.cause)}`, options);
  }
}

/** A schema or migration-owner name that is not a plain SQL identifier. */
export class InvalidName extends DatabaseError {
  override readonly name = 'InvalidName';
  readonly code = 'database/invalid-name';
}

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

export const isDatabaseError = (value: unknown): value is DatabaseError => value instanceof DatabaseError;
