/**
 * Keeps three lists of variables equal: the product's configuration schema
 * (packages/runtime/src/config.ts, the one list of what the product reads), infra/.env.example
 * (what an operator sets) and infra/docker-compose.yml with infra/Dockerfile (what the stack passes
 * on); and checks that what the services get from them is a configuration the product accepts.
 * Run by .ci/validate-compose.sh:
 *
 *   node --import tsx infra/check-env.ts <docker-compose.yml as JSON> <its `config` with .env.example, as JSON>
 *
 * The compose file comes as JSON (parsed by the YAML library that docker-compose itself uses, so
 * anchors and merge keys resolve as they do for compose); its raw text is read here too, for the
 * `${NAME}` references that parsing leaves inside strings. Exits 1 naming each disagreement.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../packages/runtime/src/config';

interface ComposeService {
  readonly build?: unknown;
  readonly environment?: Record<string, string | number | boolean | null> | string[];
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const [writtenPath, resolvedPath] = process.argv.slice(2);
if (!writtenPath || !resolvedPath) throw new Error('usage: check-env.ts <docker-compose.yml as JSON> <its config as JSON>');

type Compose = { services: Record<string, ComposeService> };
const compose = JSON.parse(readFileSync(writtenPath, 'utf8')) as Compose;
const resolved = JSON.parse(readFileSync(resolvedPath, 'utf8')) as Compose;
const composeText = readFileSync(here('docker-compose.yml'), 'utf8');
const envExample = readFileSync(here('.env.example'), 'utf8').split('\n');
const dockerfile = readFileSync(here('Dockerfile'), 'utf8');

const schema = new Set(Object.keys(configSchema.shape));

// .env.example: `NAME=value` is a setting, `# NAME=value` one left at its default (the value is an
// example); `#   NAME: by ...` documents a product variable that is set elsewhere, or unused.
const linesMatching = (pattern: RegExp) =>
  new Map(
    envExample.flatMap((line) => {
      const match = pattern.exec(line);
      return match ? [[match[1]!, match[2]!] as const] : [];
    }),
  );
const examples = linesMatching(/^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/);
const settable = new Set(examples.keys());
const described = linesMatching(/^#\s+([A-Z][A-Z0-9_]*):\s+(.*)$/);

// Compose reads from .env every `${NAME...}` of its text and every environment key left without a
// value (passed on when set); it sets the product's variables for the services it builds.
const interpolated = new Set([...composeText.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!));
const environmentOf = (service: ComposeService): [string, unknown][] => {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) throw new Error('check-env reads environment maps only; docker-compose.yml has a list');
  return Object.entries(environment);
};
const productServices = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);
const passedThrough = new Set(productServices.flatMap(([, service]) => environmentOf(service).filter(([, value]) => value === null).map(([name]) => name)));
const setByCompose = new Set(productServices.flatMap(([, service]) => environmentOf(service).filter(([, value]) => value !== null).map(([name]) => name)));
// ENV lines of the image, with their `\` continuations.
const imageEnvironment = new Map(
  [...dockerfile.matchAll(/^ENV\s+((?:\\\n|[^\n])*)/gm)].flatMap((match) => [...match[1]!.matchAll(/([A-Z][A-Z0-9_]*)=(\S*)/g)].map((pair) => [pair[1]!, pair[2]!] as const)),
);
const setByImage = new Set(imageEnvironment.keys());
const readByCompose = new Set([...interpolated, ...passedThrough]);
// Compose's own variables, read by compose from .env without appearing in the file.
const isComposeOwn = (name: string) => name.startsWith('COMPOSE_');

const problems: string[] = [];
const expect = (ok: boolean, problem: string) => ok || problems.push(problem);

for (const name of schema) {
  expect(settable.has(name) || described.has(name), `${name}: read by the product (config.ts) but not in .env.example`);
}
for (const name of settable) {
  expect(readByCompose.has(name) || isComposeOwn(name), `${name}: in .env.example, but docker-compose.yml never reads it (setting it would change nothing)`);
  expect(!described.has(name), `${name}: in .env.example both as a setting and as set elsewhere`);
}
for (const name of readByCompose) {
  expect(settable.has(name), `${name}: read by docker-compose.yml from .env but not in .env.example`);
}
for (const [name, where] of described) {
  expect(schema.has(name), `${name}: described in .env.example but the product does not read it (config.ts)`);
  if (where.startsWith('by docker-compose.yml')) expect(setByCompose.has(name), `${name}: .env.example says docker-compose.yml sets it, but it does not`);
  else if (where.startsWith('by infra/Dockerfile')) expect(setByImage.has(name), `${name}: .env.example says infra/Dockerfile sets it, but it has no ENV ${name}`);
  else if (where.startsWith('unused')) expect(!setByCompose.has(name) && !setByImage.has(name) && !readByCompose.has(name), `${name}: .env.example says unused, but the stack sets it`);
  else problems.push(`${name}: .env.example says "${where}"; expected "by docker-compose.yml", "by infra/Dockerfile" or "unused"`);
}
for (const name of [...setByCompose, ...passedThrough, ...setByImage]) {
  expect(schema.has(name), `${name}: given to the product's services, but the product does not read it (config.ts)`);
}

// What each service of the product starts with (the image's ENV, then compose's environment with
// .env.example), and the same with each example value of .env.example: the product must accept them all.
const accepts = (environment: Record<string, unknown>, what: string) => {
  const parsed = configSchema.safeParse(environment);
  if (!parsed.success) problems.push(`${what}: refused by config.ts: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
};
const environments = productServices.map(([name]) => {
  const given = Object.fromEntries(environmentOf(resolved.services[name] ?? {}).filter(([, value]) => value !== null));
  return { name, environment: { ...Object.fromEntries(imageEnvironment), ...given } };
});
for (const { name, environment } of environments) accepts(environment, `service ${name} with .env.example`);
// The services share one environment (an anchor), so one of them is enough to try the examples on.
const [first] = environments;
for (const [setting, value] of examples) {
  if (first && schema.has(setting)) accepts({ ...first.environment, [setting]: value }, `${setting}=${value} of .env.example`);
}

if (problems.length > 0) {
  console.error(`infra/.env.example, docker-compose.yml and config.ts disagree:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`env: ${schema.size} product variables and ${settable.size} settings of .env.example agree with docker-compose.yml and config.ts`);
