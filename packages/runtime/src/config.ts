import * as z from 'zod';

const perMinute = z.string().regex(/^\d{1,9}$/, 'a whole number of requests a minute (0: no limit)').transform(Number);

/**
 * The process's configuration, parsed once at start. A missing or malformed variable stops the
 * process with a message naming it; nothing else reads `process.env`.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce
    .number({ error: 'a port number from 0 to 65535' })
    .int('a port number from 0 to 65535')
    .min(0, 'a port number from 0 to 65535')
    .max(65_535, 'a port number from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the embedded store keeps its data when no DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** With DATABASE_URL: the schema of the tables; the events go to `<schema>_events`. Default: public and event_store. */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,40}$/, 'a lower-case PostgreSQL identifier').optional(),
  /** Several feed instances share one socket.io bus through this Redis. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  // @eventstore/db-client parses only esdb:// (kurrentdb:// is the newer client's spelling).
  EVENTSTORE_URL: z.string().regex(/^esdb(\+discover)?:\/\//, 'an esdb:// or esdb+discover:// connection string').optional(),
  /** Comma-separated; the first signs, all verify (rotation). Generated for the embedded demo. */
  JWT_SECRETS: z.string().min(32).optional(),
  HOTLINE_12345_SECRET: z.string().min(32).optional(),
  IP_HASH_KEY: z.string().min(16).optional(),
  /** Keys the index that finds a complainant's personal-data key from their phone number. */
  PERSONAL_DATA_INDEX_KEY: z.string().min(32).optional(),
  /** When set, `/metrics` asks for `Authorization: Bearer <METRICS_TOKEN>`; unset, keep it off the gateway. */
  METRICS_TOKEN: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Requests a minute: sign-ins per client address, registrations per signed-in person, 12345
   * pushes per address. 0: no limit. Unset: @hotline/http's DEFAULT_PER_MINUTE (10, 120, 300).
   * The processes pass them to the routers.
   */
  RATE_LIMIT_LOGIN_PER_MINUTE: perMinute.optional(),
  RATE_LIMIT_INTAKE_PER_MINUTE: perMinute.optional(),
  RATE_LIMIT_PUSH_PER_MINUTE: perMinute.optional(),
  /**
   * The proxies whose X-Forwarded-For names the client (express's `trust proxy`): 'loopback', or
   * addresses and CIDRs such as '10.0.0.0/8'. Behind a gateway, list it, or every client shares its address.
   */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  /** Comma-separated origins allowed to call the API from a browser (`https://desk.example.gov.cn`). Default: none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
    .refine((origins) => origins.every((origin) => URL.canParse(origin) && new URL(origin).origin === origin), 'origins such as https://desk.example.gov.cn, without a path or a trailing slash'),
  /** Where replies to 12345 work orders are POSTed (signed with HOTLINE_12345_SECRET). Unset: replies wait in the outbox. */
  HOTLINE_12345_REPLY_URL: z.url({ protocol: /^https?$/ }).optional(),
});
export type Config = z.infer<typeof configSchema>;

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`invalid configuration:\n${lines.join('\n')}`);
}

/**
 * The configuration, or the process ends (exit 2) with one line per bad variable and what it
 * expects, and no stack trace: the operator's mistake, not the program's.
 */
export function configOrExit(env: NodeJS.ProcessEnv): Config {
  try {
    return parseConfig(env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}
