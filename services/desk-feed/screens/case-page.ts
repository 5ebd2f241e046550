/**
 * The mediator's case page: the case now (status, deadlines, agreement, records), the actions
 * allowed now (from the API), and live changes by others (`/desk`). What the mediator writes is
 * sent at the version they started from: if someone else changed the case meanwhile, the write
 * is refused (409) and the page says so plainly, with the latest state beside it.
 */
import { caseMessageSchema, FEED_EVENTS } from '@hotline/contracts';
import { io } from 'socket.io-client';
import { $, showFacts, translatePage } from './page';
import { api, wireSignIn } from './sign-in';
import { ACTION_NAMES, say, type Language } from './words';

interface CaseView {
  readonly version: number;
  readonly allowedActions: string[];
  readonly case: Record<string, unknown> & {
    caseNo: string;
    status: string;
    deadlines: Record<string, string>;
    agreement?: { refundFen: number; compensationFen: number; recoveredFen: number };
    notes: { text: string; at: string }[];
    mediation?: { sessions: { note: string }[] };
  };
}

let language: Language = 'zh';
const caseId = new URLSearchParams(location.search).get('case') ?? '';
let shown: CaseView | undefined;
/** The version the mediator's current write started from; none while they are not writing. */
let writingFrom: number | undefined;

const fen = (yuan: string) => Math.round(Number(yuan || '0') * 100);

/** The body of each action the page offers, from the form's few fields. */
function bodyOf(action: string, form: HTMLFormElement): object {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  const text = value('text');
  switch (action) {
    case 'note':
      return { text };
    case 'record-session':
      return { mode: 'phone', note: text };
    case 'record-agreement':
      return { refundFen: fen(value('refundYuan')), compensationFen: fen(value('compensationYuan')), terms: text };
    case 'assign':
      return { assigneeId: 'mediator' };
    case 'fail-mediation':
    case 'decline-investigation':
    case 'reopen':
      return { reason: text };
    case 'verify':
      return { finding: text };
    case 'answer':
      return { answer: text };
    case 'close':
      return text ? { summary: text } : {};
    default:
      return {};
  }
}

function show(view: CaseView): void {
  shown = view;
  const state = view.case;
  $('#case-no').textContent = `${state.caseNo} · ${say('version', language)} ${view.version}`;
  const rows: [string, unknown][] = [['status', state.status], ['assigneeId', state.assigneeId ?? '—'], ...Object.entries(state.deadlines)];
  if (state.agreement) rows.push(['refundFen', state.agreement.refundFen], ['compensationFen', state.agreement.compensationFen]);
  showFacts($('#state'), rows);
  const records = [...(state.mediation?.sessions ?? []).map((s) => s.note), ...state.notes.map((n) => n.text)];
  $('#notes').replaceChildren(...records.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  $('#actions').replaceChildren(
    ...view.allowedActions.map((action) => Object.assign(document.createElement('button'), { type: 'submit', value: action, textContent: ACTION_NAMES[action]?.[language] ?? action })),
  );
}

async function load(): Promise<void> {
  const response = await api(`/api/v1/cases/${caseId}`);
  if (response.ok) show((await response.json()) as CaseView);
}

async function act(action: string, form: HTMLFormElement): Promise<void> {
  const from = writingFrom ?? shown!.version;
  const response = await api(`/api/v1/cases/${caseId}/${action}`, { method: 'POST', body: JSON.stringify(bodyOf(action, form)), headers: { 'if-match': `"${from}"` } });
  writingFrom = undefined;
  if (response.status === 409) {
    const { error } = await response.json();
    const current = error?.currentVersion ?? '?';
    $('#conflict').textContent = `${say('conflict', language)} ${current} ${say('conflictTail', language)}`;
    await load();
    return;
  }
  $('#conflict').textContent = '';
  if (response.ok) form.reset();
  await load();
}

async function start(token: string): Promise<void> {
  $('#sign-in').hidden = true;
  $('#case').hidden = false;
  await load();
  const socket = io('/desk', { auth: { token }, transports: ['websocket'] });
  socket.on(FEED_EVENTS.desk.updated, async (message: unknown) => {
    const parsed = caseMessageSchema.safeParse(message);
    if (!parsed.success || parsed.data.case.caseId !== caseId || (shown && parsed.data.case.version <= shown.version)) return;
    $('#notice').textContent = `${say('changedBy', language)} ${parsed.data.case.version}`;
    await load();
  });
}

translatePage(language);
$('#language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  translatePage(language);
  if (shown) show(shown);
});
const form = $<HTMLFormElement>('#act');
// Starting to write pins the version the write is about.
form.addEventListener('input', () => (writingFrom ??= shown?.version));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const action = (event.submitter as HTMLButtonElement | null)?.value;
  if (action) void act(action, form);
});
wireSignIn($<HTMLFormElement>('#sign-in'), $('#sign-in-error'), start);
