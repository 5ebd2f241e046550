import type { Complainant } from '@hotline/domain';
import type { JsonObject } from '@hotline/event-store';

/**
 * What seals a complainant before their case's events are stored (crypto-shredding, see
 * @hotline/personal-data): the stream keeps the sealed form, and the hash chain covers it, so
 * erasing the key later leaves every link intact.
 */
export interface PersonalDataSealer {
  seal(complainant: Complainant): Promise<object>;
}

/** An event's data with its complainant, if it carries one, sealed. */
export async function withPersonalDataSealed(sealer: PersonalDataSealer | undefined, data: JsonObject): Promise<JsonObject> {
  const complainant = data.complainant as Complainant | undefined;
  if (!sealer || complainant === undefined) return data;
  return { ...data, complainant: (await sealer.seal(complainant)) as JsonObject };
}
