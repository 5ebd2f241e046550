import { ACTION_ROLES } from '@hotline/access';
import { CASE_ACTION_NAMES, type CaseAction } from '@hotline/contracts';
import { isAllowed, type Actor, type Case } from '@hotline/domain';
import { ACTION_COMMANDS } from './action-commands';

/** The command each action asks for (its type does not depend on the body). */
const commandTypeOf = (action: CaseAction) => ACTION_COMMANDS[action]({} as never).type;

/**
 * The actions this person may take on the case now: their role may take it and the case's
 * lifecycle allows it in its status. What the case page offers; the server checks again on use.
 */
export function allowedActions(actor: Actor, state: Case): CaseAction[] {
  return CASE_ACTION_NAMES.filter((action) => {
    const type = commandTypeOf(action);
    return ACTION_ROLES[action].includes(actor.role) && type !== 'RegisterCase' && isAllowed(type, state.kind, state.status);
  });
}
