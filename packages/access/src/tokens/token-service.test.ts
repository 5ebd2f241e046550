import { decodeJwt, decodeProtectedHeader, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { WeakSecret } from '../errors';
import { createTokenService } from './token-service';

const OLD = 'old-secret-of-the-hotline-0123456789abcdef';
const NEW = 'new-secret-of-the-hotline-0123456789abcdef';
const ISSUED_AT = new Date('2026-05-06T01:00:00Z');
const liNa = { id: '6f0c1f1e-7a53-4c5b-9a43-1d2e3f4a5b6c', role: 'mediator', district: 'wuchang', stationId: 'zhongnan', displayName: '李娜' } as const;
const actor = { id: liNa.id, role: 'mediator', districtId: 'wuchang', stationId: 'zhongnan', name: '李娜' };

const service = (secrets: string[], now = ISSUED_AT) => createTokenService({ secrets, now: () => now });
const later = (seconds: number) => new Date(ISSUED_AT.getTime() + seconds * 1000);

describe('the token service', () => {
  it('signs HS256 tokens naming the user, role, district, station and name, for 8 hours', async () => {
    const token = await service([NEW]).issue(liNa);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256' });
    expect(decodeJwt(token)).toEqual({
      sub: liNa.id,
      role: 'mediator',
      district: 'wuchang',
      station: 'zhongnan',
      name: '李娜',
      iss: 'hotline-cases',
      iat: ISSUED_AT.getTime() / 1000,
      exp: ISSUED_AT.getTime() / 1000 + 8 * 3600,
    });
    expect(await service([NEW]).verify(token)).toEqual(actor);
  });

  it('leaves the station out for a user without one', async () => {
    const manager = { ...liNa, role: 'manager', stationId: undefined } as const;
    const verified = await service([NEW]).verify(await service([NEW]).issue(manager));
    expect(verified).toEqual({ id: liNa.id, role: 'manager', districtId: 'wuchang', name: '李娜' });
  });

  it('refuses a token once it has expired', async () => {
    const token = await service([NEW]).issue(liNa);
    expect(await service([NEW], later(8 * 3600 - 1)).verify(token)).toEqual(actor);
    expect(await service([NEW], later(8 * 3600)).verify(token)).toBeUndefined();
  });

  it('refuses a token it has already verified once the token expires', async () => {
    let now = ISSUED_AT;
    const tokens = createTokenService({ secrets: [NEW], now: () => now });
    const token = await tokens.issue(liNa);
    expect(await tokens.verify(token)).toEqual(actor);
    now = later(8 * 3600 - 1);
    expect(await tokens.verify(token)).toEqual(actor);
    now = later(8 * 3600);
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('refuses tokens signed with an unknown secret, of another issuer, for a role no person has, unsigned or altered', async () => {
    const verifier = service([NEW]);
    const genuine = await verifier.issue(liNa);
    expect(await verifier.verify(genuine)).toEqual(actor);

    const claims = { role: 'mediator', district: 'wuchang', name: '李娜' };
    const signed = (payload: object, issuer: string) =>
      new SignJWT({ ...claims, ...payload }).setProtectedHeader({ alg: 'HS256' }).setSubject(liNa.id).setIssuer(issuer).setExpirationTime(later(3600)).sign(new TextEncoder().encode(NEW));
    const [header, , signature] = genuine.split('.');
    const promoted = [header, Buffer.from(JSON.stringify({ ...decodeJwt(genuine), role: 'admin' })).toString('base64url'), signature].join('.');
    const refused = [
      await service([OLD]).issue(liNa),
      await signed({}, 'someone-else'),
      await signed({ role: 'integration' }, 'hotline-cases'),
      new UnsecuredJWT(claims).setSubject(liNa.id).setIssuer('hotline-cases').setExpirationTime(later(3600)).encode(),
      promoted,
      'not.a.token',
      '',
    ];
    for (const token of refused) expect(await verifier.verify(token)).toBeUndefined();
  });

  it('rotates: tokens of the old secret still verify beside the new one, new tokens use the new one', async () => {
    const rotated = service([NEW, OLD]);
    expect(await rotated.verify(await service([OLD]).issue(liNa))).toEqual(actor);

    const fresh = await rotated.issue(liNa);
    expect(await service([NEW]).verify(fresh)).toEqual(actor);
    expect(await service([OLD]).verify(fresh)).toBeUndefined();
  });

  it.each([[[]], [['short secret']], [[NEW, 'x'.repeat(31)]]])('refuses the secrets %j', (secrets) => {
    expect(() => createTokenService({ secrets })).toThrow(WeakSecret);
  });

  it('measures a secret in bytes: 11 Chinese characters are 33 bytes', () => {
    expect(() => createTokenService({ secrets: ['市场监管局投诉举报热线'] })).not.toThrow();
  });
});
