import type { OpenApiDocument, OperationObject, ParameterObject } from './document';
import type { JsonSchema } from './json-schema';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Descriptions write code as `backticks`; nothing else of Markdown is used. */
const prose = (text = '') => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const json = (value: unknown) => `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;

/** A field's type in a few words: `one of a, b`, `string (date-time)`, `integer, default 50`. */
function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeOf).join(' or ');
  const type = [schema.type ?? 'any'].flat().join(' or ');
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  return `${type}${format}${schema.default === undefined ? '' : `, default ${JSON.stringify(schema.default)}`}`;
}

/** One row per field, nested objects and arrays of objects flattened to dotted names. */
function fieldRows(schema: JsonSchema, prefix = ''): string[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  return Object.entries(properties).flatMap(([name, field]) => {
    const items = field.type === 'array' ? (field.items as JsonSchema) : undefined;
    const path = `${prefix}${name}${items ? '[]' : ''}`;
    const nested = items ?? field;
    const row = `<tr><td><code>${escape(path)}</code></td><td>${escape(typeOf(field))}</td><td>${required.includes(name) ? 'required' : ''}</td></tr>`;
    return nested.type === 'object' && nested.properties ? [row, ...fieldRows(nested, `${path}.`)] : [row];
  });
}

const fieldsTable = (schema: JsonSchema) => {
  const rows = fieldRows(schema);
  return rows.length > 0 ? `<table><tr><th>field</th><th>type</th><th></th></tr>${rows.join('')}</table>` : '<p>An empty object will do.</p>';
};

const examplesOf = (examples: Record<string, { value: unknown }> = {}) =>
  Object.entries(examples).map(([name, { value }]) => `<p class="example">example: ${escape(name)}</p>${json(value)}`).join('');

const parameterRow = (p: ParameterObject) =>
  `<tr><td><code>${escape(p.name)}</code></td><td>${p.in}</td><td>${escape(typeOf(p.schema))}</td><td>${p.required ? 'required' : ''}</td><td>${prose(p.description)}</td></tr>`;

/** The query examples put back together, as the query strings a client would send. */
function queryExamples(parameters: readonly ParameterObject[]): string {
  const query = parameters.filter((p) => p.in === 'query');
  const names = [...new Set(query.flatMap((p) => Object.keys(p.examples ?? {})))];
  const strings = names.map((name) => {
    const values = query.flatMap((p): [string, string][] => (p.examples?.[name] ? [[p.name, String(p.examples[name].value)]] : []));
    return `<li>${escape(name)}: <code>?${escape(new URLSearchParams(values).toString())}</code></li>`;
  });
  return strings.length > 0 ? `<ul class="example">${strings.join('')}</ul>` : '';
}

const parametersOf = (parameters: readonly ParameterObject[]) =>
  `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th></th><th>meaning</th></tr>${parameters.map(parameterRow).join('')}</table>${queryExamples(parameters)}`;

const answerOf = (status: string, { description, content }: { description: string; content?: Record<string, { schema?: JsonSchema }> }) => {
  const schema = content?.['application/json']?.schema;
  return `<li><b>${status}</b> ${prose(description)}${schema ? fieldsTable(schema) : ''}</li>`;
};

const credentials = (operation: OperationObject) =>
  operation.security.length === 0 ? 'no credentials' : operation.security.map((requirement) => Object.keys(requirement).join(' + ')).join(' or ');

function operationSection(path: string, method: string, operation: OperationObject): string {
  const body = operation.requestBody?.content['application/json'];
  // The errors are references to the one envelope, said once below.
  const answers = Object.entries(operation.responses)
    .filter(([, response]) => !('$ref' in (response as object)))
    .map(([status, response]) => answerOf(status, response as Parameters<typeof answerOf>[1]));
  return `<details id="${escape(operation.operationId)}">
<summary><span class="method">${method.toUpperCase()}</span> <code>${escape(path)}</code> ${escape(operation.summary)} <span class="auth">${credentials(operation)}</span></summary>
${operation.description ? `<p>${prose(operation.description)}</p>` : ''}
${operation.parameters ? parametersOf(operation.parameters) : ''}
${body?.schema ? `<h4>Body</h4>${fieldsTable(body.schema)}${examplesOf(body.examples)}` : ''}
<h4>Answers</h4><ul>${answers.join('')}<li>Errors: the envelope <code>{ error: { code, message, issues? } }</code>.</li></ul>
</details>`;
}

/**
 * The document as one page of HTML, rendered on the server: no script, nothing fetched, so it
 * works offline and under the API's Content-Security-Policy. Tools take the JSON it links to.
 */
export function docsPage(document: OpenApiDocument, documentPath: string): string {
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
  const sections = document.tags.map(({ name, description }) => {
    const inTag = operations.filter(({ operation }) => operation.tags.includes(name));
    return `<section><h2 id="${escape(name)}">${escape(name)}</h2><p>${prose(description)}</p>${inTag.map(({ path, method, operation }) => operationSection(path, method, operation)).join('\n')}</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(document.info.title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
summary { cursor: pointer; padding: .3rem 0; }
details { border-bottom: 1px solid #ddd; }
details[open] { padding-bottom: 1rem; }
.method { display: inline-block; min-width: 3.5rem; font-weight: bold; }
.auth, .example { color: #666; font-size: .9em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; text-align: left; vertical-align: top; }
pre { background: #f5f5f5; padding: .5rem; overflow-x: auto; }
</style>
</head>
<body>
<h1>${escape(document.info.title)}</h1>
<p>${prose(document.info.description)}</p>
<p>The OpenAPI ${document.openapi} document: <a href="${escape(documentPath)}">${escape(documentPath)}</a>, for API clients and code generators.</p>
<nav>${document.tags.map(({ name }) => `<a href="#${escape(name)}">${escape(name)}</a>`).join(' · ')}</nav>
${sections.join('\n')}
</body>
</html>
`;
}
