/**
 * The auditor's replay: a case's timeline event by event with who and when (Asia/Shanghai), a
 * slider that steps the case through its history (each position read from the state-at
 * endpoint, rebuilt from the stream), and a badge saying whether its hash chain verifies.
 */
import { DateTime } from 'luxon';
import { $, showFacts, translatePage } from './page';
import { api, wireSignIn } from './sign-in';
import { say, VALUE_NAMES, type Language } from './words';

interface HistoryEntry {
  readonly version: number;
  readonly type: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly occurredAt: string;
  readonly recordedAt: string;
}

let language: Language = 'zh';
let caseId: string | undefined;
const shanghai = (iso: string) => DateTime.fromISO(iso).setZone('Asia/Shanghai').toFormat('yyyy-LL-dd HH:mm');

async function showVersion(version: number): Promise<void> {
  $('#version').textContent = String(version);
  for (const item of document.querySelectorAll<HTMLElement>('#timeline li')) item.classList.toggle('current', item.dataset.version === String(version));
  const response = await api(`/api/v1/cases/${caseId}/state?at=${version}`);
  if (!response.ok) return;
  const { case: state } = (await response.json()) as { case: Record<string, unknown> & { deadlines: Record<string, string> } };
  const rows: [string, unknown][] = [
    ['status', state.status],
    ['assigneeId', state.assigneeId ?? '—'],
    ['stationId', state.stationId ?? '—'],
    ...Object.entries(state.deadlines),
    ['version', state.version],
  ];
  showFacts($('#state'), rows);
}

async function showCase(id: string): Promise<void> {
  caseId = id;
  const [history, verdict] = await Promise.all([
    api(`/api/v1/cases/${id}/history`).then((r) => r.json() as Promise<{ events: HistoryEntry[] }>),
    api(`/api/v1/cases/${id}/verify`).then((r) => r.json() as Promise<{ verified: boolean; brokenAt?: { version: number } }>),
  ]);
  $('#timeline').replaceChildren(
    ...history.events.map((entry) => {
      const item = document.createElement('li');
      item.dataset.version = String(entry.version);
      item.textContent = `v${entry.version} · ${entry.type} · ${entry.actor.id} (${entry.actor.role}) · ${shanghai(entry.occurredAt)} · ${shanghai(entry.recordedAt)}`;
      return item;
    }),
  );
  const badge = $('#badge');
  badge.className = verdict.verified ? 'badge' : 'badge broken';
  badge.textContent = verdict.verified ? say('chainIntact', language) : `${say('chainBroken', language)} ${verdict.brokenAt?.version}`;
  const slider = $<HTMLInputElement>('#slider');
  slider.max = String(history.events.length);
  slider.value = slider.max;
  await showVersion(history.events.length);
}

async function start(): Promise<void> {
  $('#sign-in').hidden = true;
  $('#replay').hidden = false;
  const { cases } = (await (await api('/api/v1/cases?limit=200')).json()) as { cases: { caseId: string; caseNo: string; kind: string }[] };
  const picker = $<HTMLSelectElement>('#case-picker');
  picker.replaceChildren(...cases.map((item) => new Option(`${item.caseNo} · ${VALUE_NAMES[item.kind]?.[language] ?? item.kind}`, item.caseId)));
  const wanted = new URLSearchParams(location.search).get('case');
  if (wanted && cases.some((item) => item.caseId === wanted)) picker.value = wanted;
  if (picker.value) await showCase(picker.value);
}

translatePage(language);
$('#language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  translatePage(language);
  if (caseId) void showCase(caseId);
});
$<HTMLSelectElement>('#case-picker').addEventListener('change', (event) => void showCase((event.target as HTMLSelectElement).value));
$<HTMLInputElement>('#slider').addEventListener('input', (event) => void showVersion(Number((event.target as HTMLInputElement).value)));
wireSignIn($<HTMLFormElement>('#sign-in'), $('#sign-in-error'), start);
