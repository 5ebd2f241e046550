import { describe, expect, it } from 'vitest';
import { maskAddress, maskComplainant, maskIdNumber, maskPhone } from './masking';

describe('masking personal data', () => {
  it('hides the middle of mobiles and landlines, keeping what a caller recognises', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('027-87654321')).toBe('027-****4321');
    expect(maskPhone('0719-8654321')).toBe('0719-***4321');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('keeps an ID number region code and last 4, an address its first 6 characters', () => {
    expect(maskIdNumber('42010619900307123X')).toBe('420106********123X');
    expect(maskAddress('湖北省武汉市武昌区中南路99号')).toBe('湖北省武汉市****');
  });

  it('masks a complainant but their name, and adds no field they did not give', () => {
    expect(maskComplainant({ name: '张伟', phone: '13800138000' })).toEqual({ name: '张伟', phone: '138****8000' });
    expect(maskComplainant({ name: '张伟', phone: '13800138000', idNumber: '42010619900307123X', address: '武汉市武昌区中南路1号' })).toEqual({
      name: '张伟',
      phone: '138****8000',
      idNumber: '420106********123X',
      address: '武汉市武昌区****',
    });
  });
});
