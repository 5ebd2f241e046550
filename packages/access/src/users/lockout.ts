/** Consecutive wrong passwords that lock an account, and for how long. Success resets the count. */
export const LOCKOUT = Object.freeze({ maxFailures: 5, minutes: 15 });

export const lockedUntilAfter = (now: Date): Date => new Date(now.getTime() + LOCKOUT.minutes * 60_000);
