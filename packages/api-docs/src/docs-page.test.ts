import { registerCaseBodySchema, stateAtQuerySchema } from '@hotline/contracts';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';
import { docsPage } from './docs-page';
import { input, type Operation } from './operation';

const register: Operation = {
  method: 'post',
  path: '/api/v1/cases',
  operationId: 'registerCase',
  summary: 'Register <a case>',
  tag: 'cases',
  auth: 'bearer',
  body: input(registerCaseBodySchema, {
    '<script>': { kind: 'report', channel: 'letter', district: 'wuchang', respondent: { name: '</pre><script>alert(1)</script>' }, category: 'other', summary: 'x' },
  }),
  answers: { 201: { description: 'The `caseId`.' } },
};
const state: Operation = {
  method: 'get',
  path: '/api/v1/cases/:caseId/state',
  operationId: 'getCaseState',
  summary: 'A past state',
  tag: 'cases',
  auth: 'bearer',
  query: input(stateAtQuerySchema, { instant: { at: '2026-04-15T09:30:00+08:00' } }),
  answers: { 200: { description: 'The case then.' } },
};
const page = docsPage(buildOpenApiDocument([register, state]), '/api/openapi.json');

describe('docsPage', () => {
  it('escapes whatever the document says', () => {
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<a case>');
    expect(page).toContain('&#60;/pre&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('lists nested fields by their dotted names', () => {
    expect(page).toMatch(/<code>respondent\.name<\/code><\/td><td>string<\/td><td>required<\/td>/);
    expect(page).toMatch(/<code>kind<\/code><\/td><td>one of consultation, complaint, report<\/td>/);
  });

  it('shows query examples as the query strings a client sends', () => {
    expect(page).toContain('<code>?at=2026-04-15T09%3A30%3A00%2B08%3A00</code>');
  });

  it('writes descriptions\' `code` as code, and links the document', () => {
    expect(page).toContain('The <code>caseId</code>.');
    expect(page).toContain('<a href="/api/openapi.json">');
  });
});
