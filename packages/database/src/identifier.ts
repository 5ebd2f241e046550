import { InvalidName } from './errors';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * Schema and owner names end up inside SQL text (`search_path`, table names), where parameters
 * cannot go: only plain lower-case identifiers are let through.
 */
export function checkedIdentifier(kind: string, name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new InvalidName(`${kind} "${name}" must be 1–48 characters of a-z, 0-9 and _, not starting with a digit`);
  }
  return name;
}
