import { InvalidOption } from '../errors';

const DEFAULT_SCHEMA = 'event_store';

/** Names derived from the PostgreSQL schema the store lives in; tests use a fresh one each. */
export interface SchemaNames {
  readonly schema: string;
  /** `"schema".events`, safe to splice into SQL. */
  readonly events: string;
  readonly migrations: string;
  /** NOTIFY channel that wakes subscriptions of this schema. */
  readonly channel: string;
  /** Prefix that keeps prepared-statement names apart when stores of several schemas share a pool. */
  readonly statementPrefix: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,46}$/;

/** @throws InvalidOption unless `schema` is a plain lower-case identifier. */
export function schemaNames(schema: string = DEFAULT_SCHEMA): SchemaNames {
  if (!SCHEMA_NAME.test(schema)) throw new InvalidOption(`schema must match ${SCHEMA_NAME}, not ${JSON.stringify(schema)}`);
  return {
    schema,
    events: `"${schema}".events`,
    migrations: `"${schema}".migrations`,
    channel: `${schema}_appended`,
    statementPrefix: `es_${schema}_`,
  };
}
