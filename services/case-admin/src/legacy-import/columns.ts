/**
 * The columns of a legacy 12315 export, as docs/case-admin.md describes each. A file names them in
 * its header row, in any order; a column the file lacks reads as empty in every row.
 */
export const COLUMNS = [
  'legacy_no',
  'received_at',
  'channel',
  'kind',
  'district',
  'station',
  'complainant_name',
  'complainant_phone',
  'complainant_id_number',
  'complainant_address',
  'respondent_name',
  'respondent_credit_code',
  'respondent_address',
  'category',
  'subject',
  'summary',
  'claimed_fen',
  'outcome',
  'decided_at',
  'resolved_at',
  'closed_at',
  'ground',
  'transferred_to',
  'result',
  'recovered_fen',
  'compensation_fen',
  'satisfaction',
  'followed_up_at',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns every file must have: without one of them no row could be a case. */
export const REQUIRED_COLUMNS: readonly Column[] = ['legacy_no', 'received_at', 'channel', 'kind', 'district', 'station', 'category', 'summary', 'outcome'];

export const isColumn = (name: string): name is Column => (COLUMNS as readonly string[]).includes(name);

/** A row's values by column, trimmed; an empty cell is absent. */
export type LegacyRow = { readonly [C in Column]?: string };

/**
 * The header row as columns, or an error naming every unknown, repeated and missing column: an
 * unknown one is refused rather than ignored, since it is most often a known one misspelt
 * whose values would silently be lost.
 */
export function readHeader(fields: readonly string[]): Column[] {
  const names = fields.map((field) => field.trim());
  const problems = [
    ...names.filter((name) => !isColumn(name)).map((name) => `unknown column "${name}"`),
    ...names.filter((name, i) => names.indexOf(name) !== i).map((name) => `column "${name}" appears twice`),
    ...REQUIRED_COLUMNS.filter((column) => !names.includes(column)).map((column) => `column "${column}" is missing`),
  ];
  if (problems.length > 0) throw new Error(`line 1 (the header): ${problems.join('; ')} (the columns are described in docs/case-admin.md)`);
  return names as Column[];
}

export function rowOf(header: readonly Column[], fields: readonly string[]): LegacyRow {
  const row: Partial<Record<Column, string>> = {};
  header.forEach((column, i) => {
    const value = fields[i]?.trim();
    if (value) row[column] = value;
  });
  return row;
}
