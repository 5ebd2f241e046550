import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable } from './table';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width forms as two columns', () => {
    expect(displayWidth('li.na')).toBe(5);
    expect(displayWidth('李娜')).toBe(4);
    expect(displayWidth('（中南）')).toBe(8);
    expect(displayWidth('138****8000')).toBe(11);
  });
});

describe('formatTable', () => {
  it('lines the columns up by display width and leaves the last one unpadded and ruled to its title', () => {
    const table = formatTable(
      ['name', 'role', 'note'],
      [
        ['李娜', 'mediator', 'x'],
        ['wang.fang', 'operator', '长一些的备注'],
        ['zhao', '', ''],
      ],
    );
    expect(table.split('\n')).toEqual([
      'name       role      note',
      '---------  --------  ----',
      '李娜       mediator  x',
      'wang.fang  operator  长一些的备注',
      'zhao',
    ]);
  });
});
