import { describe, expect, it } from 'vitest';
import { UsageError } from '../support/usage-error';
import { decode } from './decode';

// 张伟,138 in GB18030, as Excel on Chinese Windows saves a CSV.
const GB18030 = Uint8Array.from([0xd5, 0xc5, 0xce, 0xb0, 0x2c, 0x31, 0x33, 0x38]);

describe('decode', () => {
  it('reads UTF-8, and GB18030 when told', () => {
    expect(decode(new TextEncoder().encode('张伟,138'), 'utf-8')).toBe('张伟,138');
    expect(decode(GB18030, 'gb18030')).toBe('张伟,138');
  });

  it('refuses bytes that are not of the encoding, pointing to --encoding', () => {
    expect(() => decode(GB18030, 'utf-8')).toThrow('the file is not valid utf-8: save it as "CSV UTF-8", or pass --encoding gb18030');
  });

  it('refuses an encoding it does not know as a wrong command line', () => {
    expect(() => decode(GB18030, 'klingon')).toThrow(UsageError);
  });
});
