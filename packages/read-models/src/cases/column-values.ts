import { shanghaiDateOf, type LocalDate } from '@hotline/domain';

/** A timestamptz column's value: the instant, or null. */
export const instantOrNull = (iso: string | undefined): Date | null => (iso === undefined ? null : new Date(iso));

/** The civil date in Asia/Shanghai of an instant the domain already validated. */
export const civilDateOf = (instant: string): LocalDate => shanghaiDateOf(instant) ?? instant.slice(0, 10);
