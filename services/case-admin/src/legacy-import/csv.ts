/** A record of the file and the line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The file cannot be read as CSV from this line on: no row after it can be trusted. */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * RFC 4180 as spreadsheets write it: commas between fields, fields in double quotes when they
 * hold a comma, a quote (doubled) or a line break; CRLF or LF line ends; a UTF-8 byte order
 * mark (Excel's "CSV UTF-8") ignored. Rows whose every field is empty are dropped: spreadsheets
 * leave them at the end. Written here rather than taken from a package: it is this small, and it
 * must say on which line each record starts.
 *
 * @example
 * parseCsv('legacy_no,summary\r\nL-1,"退货, 退款"\r\n') // [{ line: 1, fields: ['legacy_no', 'summary'] }, { line: 2, fields: ['L-1', '退货, 退款'] }]
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  // Where the current field stands: nothing read yet, plain text, inside quotes, or past its closing quote.
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    state = 'start';
  };
  const endRecord = () => {
    endField();
    if (fields.some((value) => value !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (state === 'quoted') {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        state = 'closed';
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      recordLine = ++line;
    } else if (state === 'closed') {
      throw new CsvError(line, 'text after a closing quote: a quoted field ends at its quote (write a quote inside one as "")');
    } else if (char === '"' && state === 'plain') {
      throw new CsvError(line, 'a quote inside an unquoted field: put the whole field in quotes and double the quote ("")');
    } else if (char === '"') {
      state = 'quoted';
    } else {
      field += char;
      state = 'plain';
    }
  }
  if (state === 'quoted') throw new CsvError(recordLine, 'a quoted field is not closed before the end of the file');
  if (state !== 'start' || fields.length > 0) endRecord();
  return records;
}
