import { TextDecoder } from 'node:util';
import { UsageError } from '../support/usage-error';

/** The file's text; a byte that is not of the encoding stops the import before any row is read wrongly. */
export function decode(bytes: Uint8Array, encoding: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new UsageError(`--encoding: unknown encoding "${encoding}" (utf-8, gb18030, gbk, ...)`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`the file is not valid ${encoding}: save it as "CSV UTF-8", or pass --encoding gb18030 for a CSV saved by Excel on Chinese Windows`);
  }
}
