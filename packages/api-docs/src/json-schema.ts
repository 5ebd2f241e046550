import * as z from 'zod';

/** A JSON Schema of the 2020-12 dialect, which OpenAPI 3.1 uses as its own. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a zod schema, as the document embeds it (without `$schema`: 2020-12 is
 * already the document's dialect). Always the input side, for responses too: it is what a parse
 * with the schema accepts, so the plain objects of responses.ts stay open to new fields, as they
 * promise (the output side would close them with `additionalProperties: false`).
 * Refinements (check characters, "to after from") have no JSON Schema form and are left out: the
 * zod schema decides, and a 400 names the field. Anything else unrepresentable throws, so the
 * document cannot quietly show `{}` for a field.
 *
 * @example
 * jsonSchemaOf(loginBodySchema) // { type: 'object', properties: { username: ..., password: ... }, required: [...], additionalProperties: false }
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input' });
  return json;
}
