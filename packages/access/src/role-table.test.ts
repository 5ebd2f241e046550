import { readFile } from 'node:fs/promises';
import { CASE_ACTION_NAMES } from '@hotline/contracts';
import type { Role } from '@hotline/domain';
import { describe, expect, it } from 'vitest';
import { ROLE_TABLE, type Permission, type Reach } from './role-table';

const permissions = Object.keys(ROLE_TABLE) as Permission[];
const actions = CASE_ACTION_NAMES.map((action) => `act:${action}` as const);
/** The permissions a role has, each with its reach. */
const rowsOf = (role: Role) => Object.fromEntries(permissions.flatMap((permission) => (ROLE_TABLE[permission][role] ? [[permission, ROLE_TABLE[permission][role]]] : [])));

describe('the role table says what the issue says', () => {
  it('operators register and read their district\'s cases', () => {
    expect(rowsOf('operator')).toMatchObject({ 'register-case': 'district', 'read-case': 'district', 'list-cases': 'district' });
  });

  it('mediators act on their station\'s cases, and only those', () => {
    const mediatorActions = actions.filter((action) => ROLE_TABLE[action].mediator);
    expect(mediatorActions.length).toBeGreaterThan(10);
    for (const action of mediatorActions) expect(ROLE_TABLE[action].mediator, action).toBe('station');
    expect(rowsOf('mediator')).toMatchObject({ 'read-case': 'station', 'list-cases': 'station' });
  });

  it('managers read everything in their district, and its figures', () => {
    expect(rowsOf('manager')).toMatchObject({ 'read-case': 'district', 'list-cases': 'district', 'read-figures': 'district' });
  });

  it('auditors read every case, its history and the figures, and change nothing', () => {
    expect(rowsOf('auditor')).toEqual({
      'read-case': 'all',
      'list-cases': 'all',
      'read-figures': 'all',
      'reveal-personal-data': 'all',
      'list-personal-data-reads': 'all',
      'list-work-order-replies': 'all',
    });
  });

  it('admins manage users and the connection to 12345, and read no case, figure or personal data', () => {
    expect(rowsOf('admin')).toEqual({ 'manage-users': 'all', 'list-work-order-replies': 'all', 'retry-work-order-reply': 'all' });
  });

  it('the 12345 push is no person: it has no permission', () => {
    expect(rowsOf('integration')).toEqual({});
  });

  it('every case action has a row', () => {
    expect(permissions).toEqual(expect.arrayContaining(actions));
  });
});

/**
 * The "Roles" table of the top-level README as permission -> role -> reach. A row may name
 * several permissions (`act:accept`, `act:reject`); `—` is refused.
 */
async function readmeRoleTable(): Promise<Record<string, Partial<Record<Role, Reach>>>> {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = /^## Roles\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|---'));
  const cellsOf = (row: string) => row.split('|').slice(1, -1).map((cell) => cell.trim());
  const [header = '', ...body] = rows;
  const roles = cellsOf(header).slice(2) as Role[];
  const table: Record<string, Partial<Record<Role, Reach>>> = {};
  for (const row of body) {
    const [names = '', , ...reaches] = cellsOf(row);
    const reachByRole = Object.fromEntries(roles.flatMap((role, i) => (reaches[i] === '—' ? [] : [[role, reaches[i] as Reach]])));
    for (const [, name] of names.matchAll(/`([^`]+)`/g)) table[name!] = reachByRole;
  }
  return table;
}

describe('the README', () => {
  it('shows the role table as the code has it', async () => {
    expect(await readmeRoleTable()).toEqual(ROLE_TABLE);
  });
});
