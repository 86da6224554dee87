import { describe, expect, it } from 'vitest';
import { telHref } from '../../src/services/phone.ts';

describe('telHref', () => {
  it('makes a dialable tel: link from a number as people write it', () => {
    expect(telHref('0800 678 1602')).toBe('tel:08006781602');
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('+44 (0)117 496 0000')).toBe('tel:+4401174960000');
  });
  it('refuses text that is not a number', () => {
    expect(telHref('call us')).toBeUndefined();
    expect(telHref('javascript:alert(1)')).toBeUndefined();
  });
});
