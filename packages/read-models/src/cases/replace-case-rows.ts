import type { Transaction } from 'kysely';

/** Inserts one row per case, or replaces every column of the row already there. */
export async function replaceCaseRows(trx: Transaction<any>, table: string, rows: readonly ({ case_id: string } & object)[]): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first).filter((column) => column !== 'case_id');
  await trx
    .insertInto(table)
    .values(rows as never)
    .onConflict((conflict) => conflict.column('case_id').doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
    .execute();
}
