/**
 * The intake desk: register a case in under a minute from the keyboard (fields checked as they
 * are typed, with the same zod schema the API uses), and the station's queue, live, with each
 * case's working days left before its running deadline, overdue in red.
 */
import { createChinaCalendar } from '@hotline/calendar';
import { CATEGORIES, CHANNELS, CASE_KINDS } from '@hotline/domain';
import { caseMessageSchema, FEED_EVENTS, registerCaseBodySchema, type CaseMessage } from '@hotline/contracts';
import { io } from 'socket.io-client';
import { $, translatePage } from './page';
import { api, claimsOf, wireSignIn } from './sign-in';
import { daysLeft, say, VALUE_NAMES, type Language } from './words';

const calendar = createChinaCalendar({ provisionalYears: 1 });
let language: Language = 'zh';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

function countdown(dueOn: string | null): { text: string; overdue: boolean } {
  if (!dueOn) return { text: '', overdue: false };
  if (dueOn < today()) return { text: say('overdue', language), overdue: true };
  return { text: daysLeft(calendar.workingDaysBetween(today(), dueOn), language), overdue: false };
}

/** The queue: the newest version of each case, newest case first. */
const queue = new Map<string, CaseMessage['case']>();
function showQueue(): void {
  const list = $<HTMLOListElement>('#queue');
  list.replaceChildren(
    ...[...queue.values()]
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .map((item) => {
        const row = document.createElement('li');
        const due = countdown(item.nextDueOn);
        row.dataset.caseId = item.caseId;
        row.className = due.overdue ? 'overdue' : '';
        row.textContent = `${item.caseNo} · ${item.summary} · ${due.text}`;
        return row;
      }),
  );
}
const remember = (item: CaseMessage['case']) => {
  const known = queue.get(item.caseId);
  if (!known || known.version < item.version) queue.set(item.caseId, item);
};

/** What the form says, as the API's body. */
function body(form: HTMLFormElement): unknown {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  const yuan = value('claimedYuan');
  return {
    kind: value('kind'),
    channel: value('channel'),
    district: sessionStorage.getItem('district'),
    ...(sessionStorage.getItem('station') && { stationId: sessionStorage.getItem('station') }),
    complainant: { name: value('complainantName'), phone: value('complainantPhone') },
    respondent: { name: value('respondentName') },
    category: value('category'),
    summary: value('summary'),
    ...(yuan && { claimedAmountFen: Math.round(Number(yuan) * 100) }),
  };
}

/** Field messages as the user types: the same schema the API checks. */
function check(form: HTMLFormElement): boolean {
  const result = registerCaseBodySchema.safeParse(body(form));
  const problems = new Map<string, string>();
  if (!result.success) for (const issue of result.error.issues) problems.set(issue.path.join('.'), issue.message);
  for (const output of form.querySelectorAll<HTMLOutputElement>('output[for]')) {
    const path = output.dataset.path!;
    const touched = (form.elements.namedItem(output.htmlFor.value) as HTMLInputElement).value !== '';
    output.textContent = touched ? (problems.get(path) ?? '') : '';
  }
  return result.success;
}

function fillChoices(): void {
  // The default stays selected after the form is reset for the next caller.
  const fill = (name: string, values: readonly string[], preferred = values[0]) => {
    const select = $<HTMLSelectElement>(`select[name=${name}]`);
    const chosen = select.value || preferred;
    select.replaceChildren(...values.map((value) => new Option(VALUE_NAMES[value]?.[language] ?? value, value, value === preferred)));
    select.value = chosen ?? '';
  };
  fill('kind', CASE_KINDS, 'complaint');
  fill('channel', CHANNELS);
  fill('category', CATEGORIES);
}

async function start(): Promise<void> {
  const token = sessionStorage.getItem('token')!;
  $('#sign-in').hidden = true;
  $('#desk').hidden = false;
  const page = await api('/api/v1/cases?limit=50');
  if (page.ok) for (const item of (await page.json()).cases) remember(item);
  showQueue();
  const socket = io('/desk', { auth: { token }, transports: ['websocket'] });
  for (const event of [FEED_EVENTS.desk.registered, FEED_EVENTS.desk.updated]) {
    socket.on(event, (message: unknown) => {
      const parsed = caseMessageSchema.safeParse(message);
      if (parsed.success) (remember(parsed.data.case), showQueue());
    });
  }
  $<HTMLInputElement>('input[name=complainantName]').focus();
}

function wire(): void {
  fillChoices();
  translatePage(language);
  $('#language').addEventListener('click', () => {
    language = language === 'zh' ? 'en' : 'zh';
    translatePage(language);
    fillChoices();
    showQueue();
  });
  wireSignIn($<HTMLFormElement>('#sign-in'), $('#sign-in-error'), async (token) => {
    const claims = claimsOf(token);
    sessionStorage.setItem('district', claims.district ?? '');
    if (claims.station) sessionStorage.setItem('station', claims.station);
    await start();
  });
  const form = $<HTMLFormElement>('#register');
  let idempotencyKey = crypto.randomUUID();
  form.addEventListener('input', () => check(form));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!check(form)) return;
    const response = await api('/api/v1/cases', { method: 'POST', body: JSON.stringify(body(form)), headers: { 'idempotency-key': idempotencyKey } });
    const answer = await response.json();
    $('#result').textContent = response.ok ? `${say('registered', language)} ${answer.caseNo}` : `${say('failed', language)}: ${answer.error?.message ?? response.status}`;
    if (response.ok) {
      form.reset();
      idempotencyKey = crypto.randomUUID();
      $<HTMLInputElement>('input[name=complainantName]').focus();
    }
  });
}

wire();
