import type { Complainant } from '@hotline/domain';

const stars = (count: number) => '*'.repeat(Math.max(count, 0));

/**
 * A phone number with its middle hidden, as Chinese public services print it: a mobile keeps its
 * first 3 and last 4 digits (`138****8000`); a landline its area code and last 4 (`027-****4321`).
 */
export function maskPhone(phone: string): string {
  const landline = /^(0\d{2,3}-)(\d+)$/.exec(phone);
  if (landline) return `${landline[1]}${stars(landline[2]!.length - 4)}${landline[2]!.slice(-4)}`;
  if (phone.length <= 7) return stars(phone.length);
  return `${phone.slice(0, 3)}${stars(phone.length - 7)}${phone.slice(-4)}`;
}

/** An ID number keeping its region code (first 6) and last 4: `420106********123X`. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return stars(idNumber.length);
  return `${idNumber.slice(0, 6)}${stars(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/** An address keeping its first 6 characters (province, city, district in most spellings). */
export const maskAddress = (address: string): string => `${address.slice(0, 6)}****`;

/** The complainant as a role that does not need to call them sees them: the name, the rest masked. */
export function maskComplainant(complainant: Complainant): Complainant {
  return {
    name: complainant.name,
    phone: maskPhone(complainant.phone),
    ...(complainant.address !== undefined && { address: maskAddress(complainant.address) }),
    ...(complainant.idNumber !== undefined && { idNumber: maskIdNumber(complainant.idNumber) }),
  };
}
