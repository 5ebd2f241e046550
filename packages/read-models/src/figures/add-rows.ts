import { sql, type Transaction } from 'kysely';
import type { ColumnSpec } from '../cases/table-columns';

/**
 * Adds rows to a table of sums in one statement: a row whose key is new is inserted, otherwise
 * each other column is added to the stored value (`greatest` columns keep the larger instead).
 * Rows go as one array per column (`unnest`), as `insertRows` sends them. The rows must have
 * distinct keys: one statement cannot update a row twice.
 */
export async function addRows<Row extends object>(
  trx: Transaction<any>,
  table: string,
  columns: ColumnSpec<Row>,
  key: readonly (keyof Row & string)[],
  rows: readonly Row[],
  greatest: readonly (keyof Row & string)[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns) as (keyof Row & string)[];
  const arrays = names.map((column) => sql`${rows.map((row) => row[column])}::${sql.raw(columns[column].split(' ')[0]!)}[]`);
  const merged = names
    .filter((column) => !key.includes(column))
    .map((column) =>
      greatest.includes(column)
        ? sql`${sql.ref(column)} = greatest(t.${sql.ref(column)}, excluded.${sql.ref(column)})`
        : sql`${sql.ref(column)} = t.${sql.ref(column)} + excluded.${sql.ref(column)}`,
    );
  await sql`insert into ${sql.table(table)} as t (${sql.join(names.map((column) => sql.ref(column)))})
    select * from unnest(${sql.join(arrays)})
    on conflict (${sql.join(key.map((column) => sql.ref(column)))}) do update set ${sql.join(merged)}`.execute(trx);
}
