import { sql, type Kysely, type Transaction } from 'kysely';

/** A table's columns with their SQL definitions, e.g. `case_id: 'text primary key'`. */
export type ColumnSpec<Row> = { readonly [C in keyof Row & string]: string };

/** Creates a table of these columns, with a primary key over `primaryKey` when given. */
export async function createTable(db: Kysely<any>, table: string, columns: ColumnSpec<object>, primaryKey: readonly string[] = []): Promise<void> {
  const definitions = Object.entries<string>(columns).map(([column, definition]) => sql`${sql.ref(column)} ${sql.raw(definition)}`);
  if (primaryKey.length > 0) definitions.push(sql`primary key (${sql.join(primaryKey.map((column) => sql.ref(column)))})`);
  await sql`create table ${sql.table(table)} (${sql.join(definitions)})`.execute(db);
}

/**
 * Inserts rows sent as one JSON text (`json_populate_recordset`): one parameter however many
 * rows, serialised by V8's native JSON.stringify and parsed by the server's C parser, far
 * cheaper at both ends than a parameter per value or an array per column. With `replaceOn`,
 * a row whose key is there replaces it whole.
 */
export async function insertRows<Row extends object>(
  trx: Transaction<any>,
  table: string,
  columns: ColumnSpec<Row>,
  rows: readonly Row[],
  replaceOn?: keyof Row & string,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns) as (keyof Row & string)[];
  const list = sql.join(names.map((column) => sql.ref(column)));
  const replace = replaceOn
    ? sql` on conflict (${sql.ref(replaceOn)}) do update set ${sql.join(
        names.filter((column) => column !== replaceOn).map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`),
      )}`
    : sql``;
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)${replace}`.execute(trx);
}
