import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain and quoted fields, with commas, doubled quotes and line breaks inside quotes', () => {
    const text = 'a,b,c\r\n1,"退货, 退款","他说""不行"""\r\n2,"第一行\n第二行",\r\n3,x,y';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '退货, 退款', '他说"不行"'] },
      { line: 3, fields: ['2', '第一行\n第二行', ''] },
      { line: 5, fields: ['3', 'x', 'y'] },
    ]);
  });

  it('ignores a byte order mark, takes LF line ends and drops rows of empty fields', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n,\n\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('keeps a quoted empty field and a trailing empty field', () => {
    expect(parseCsv('a,b,c\n"",x,')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['', 'x', ''] },
    ]);
  });

  it.each([
    ['a quote inside an unquoted field', 'a,b\n1,ab"c"\n', 2, /a quote inside an unquoted field/],
    ['text after a closing quote', 'a,b\n1,"ab"c\n', 2, /text after a closing quote/],
    ['a quote left open', 'a,b\n1,2\n3,"never closed\n4,5\n', 3, /not closed before the end of the file/],
  ])('refuses %s, naming the line', (_, text, line, message) => {
    const error = (() => {
      try {
        return parseCsv(text);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ line, message: expect.stringMatching(message) });
  });
});
