import pg from 'pg';

const INT8 = 20;

/**
 * int8 (count, sum, bigserial) as PGlite returns it: a number, or a bigint past 2^53. `pg`
 * would return a string, so the same query would give different types on the two databases.
 */
export const parseInt8 = (text: string): number | bigint => {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
};

/** pg's type parsers with int8 replaced, for one pool only (pg.types is process-wide). */
export const typesWithInt8 = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? parseInt8 : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser,
};
