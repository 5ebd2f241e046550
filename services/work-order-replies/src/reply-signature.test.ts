import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signedHeaders } from './reply-signature';

const SECRET = 'the-12345-shared-secret-the-12345-shared-secret';

describe('signedHeaders', () => {
  const body = JSON.stringify({ idempotencyKey: 'k-1', workOrderNo: 'WH12345-20261120-0088', summary: '调解达成协议' });
  const headers = signedHeaders(SECRET, body, 'k-1', new Date('2026-11-23T02:00:00.900Z'));

  it('signs <timestamp>.<raw body> with the shared secret, hex HMAC-SHA256, as 12345 signs its pushes', () => {
    const expected = createHmac('sha256', SECRET).update(`1795399200.${body}`, 'utf8').digest('hex');
    expect(headers).toEqual({
      'content-type': 'application/json',
      'idempotency-key': 'k-1',
      'x-hotline-timestamp': '1795399200',
      'x-hotline-signature': expected,
    });
  });

  it('gives another signature for another body, secret or second, so neither can be replayed or altered', () => {
    const at = new Date('2026-11-23T02:00:00Z');
    const signature = (h: Record<string, string>) => h['x-hotline-signature'];
    expect(signature(signedHeaders(SECRET, body.replace('调解', '调节'), 'k-1', at))).not.toBe(signature(headers));
    expect(signature(signedHeaders(`${SECRET}x`, body, 'k-1', at))).not.toBe(signature(headers));
    expect(signature(signedHeaders(SECRET, body, 'k-1', new Date('2026-11-23T02:00:01Z')))).not.toBe(signature(headers));
  });
});
