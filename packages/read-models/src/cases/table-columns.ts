import { sql, type Kysely, type Transaction } from 'kysely';

/** A table's columns with their SQL definitions, e.g. `case_id: 'text primary key'`. */
export type ColumnSpec<Row> = { readonly [C in keyof Row & string]: string };

/** The type a column's values are sent as: the first word of its definition. */
const typeOf = (definition: string) => definition.split(' ')[0]!;

export async function createTable(db: Kysely<any>, table: string, columns: ColumnSpec<object>): Promise<void> {
  const definitions = Object.entries<string>(columns).map(([column, definition]) => sql`${sql.ref(column)} ${sql.raw(definition)}`);
  await sql`create table ${sql.table(table)} (${sql.join(definitions)})`.execute(db);
}

/**
 * Inserts rows as one array per column (`unnest`): a few parameters however many rows, which
 * both ends parse far faster than a VALUES list of rows × columns parameters. With `replaceOn`,
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
  const arrays = names.map((column) => sql`${rows.map((row) => row[column])}::${sql.raw(typeOf(columns[column]))}[]`);
  const replace = replaceOn
    ? sql` on conflict (${sql.ref(replaceOn)}) do update set ${sql.join(
        names.filter((column) => column !== replaceOn).map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`),
      )}`
    : sql``;
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((column) => sql.ref(column)))})
    select * from unnest(${sql.join(arrays)})${replace}`.execute(trx);
}
