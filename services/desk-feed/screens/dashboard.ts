/**
 * The manager's dashboard: the year's figures live (figures:snapshot, then figures:delta as the
 * projections move), closure rate and recovered losses by month, a table by station, the
 * bureau's sentence for the period, and the CSV.
 */
import { FEED_EVENTS, figuresMessageSchema, type FiguresMessage } from '@hotline/contracts';
import { io } from 'socket.io-client';
import { $, translatePage } from './page';
import { api, wireSignIn } from './sign-in';
import { say, type Language, type Word } from './words';

type Figures = FiguresMessage['figures'];
type Rate = Figures['closureRate'];

let language: Language = 'zh';
let latest: FiguresMessage | undefined;

const percent = (rate: Rate) => (rate.value === null ? '—' : `${(rate.value * 100).toFixed(1)}%`);
const yuan = (fen: number) => (fen >= 1_000_000 ? `${(fen / 1_000_000).toFixed(1)}万元` : `${Math.round(fen / 100)}元`);

const TILES: [Word, (f: Figures) => [string, string]][] = [
  ['received', (f) => [String(f.received), '']],
  ['accepted', (f) => [String(f.accepted), '']],
  ['closed', (f) => [String(f.closed), '']],
  ['acceptanceRate', (f) => [percent(f.acceptanceRate), `${f.acceptanceRate.numerator}/${f.acceptanceRate.denominator}`]],
  ['closureRate', (f) => [percent(f.closureRate), `${f.closureRate.numerator}/${f.closureRate.denominator}`]],
  ['onTimeClosureRate', (f) => [percent(f.onTimeClosureRate), `${f.onTimeClosureRate.numerator}/${f.onTimeClosureRate.denominator}`]],
  ['satisfactionRate', (f) => [percent(f.satisfactionRate), `${f.satisfactionRate.numerator}/${f.satisfactionRate.denominator}`]],
  ['recoveredFen', (f) => [yuan(f.recoveredFen), '']],
  ['open', (f) => [String(f.open), '']],
  ['overdue2', (f) => [String(f.overdue), '']],
];

function showTiles(): void {
  if (!latest) return;
  const figures = latest.figures;
  $('#tiles').replaceChildren(
    ...TILES.map(([word, show]) => {
      const [value, parts] = show(figures);
      const tile = document.createElement('div');
      tile.className = word === 'overdue2' && figures.overdue > 0 ? 'tile overdue' : 'tile';
      tile.dataset.figure = word;
      tile.innerHTML = '<span></span><strong></strong><small></small>';
      tile.children[0]!.textContent = say(word, language);
      tile.children[1]!.textContent = value;
      tile.children[2]!.textContent = parts;
      return tile;
    }),
  );
}

const query = () => `from=${latest!.from}&to=${latest!.to}`;

/** Bars of recovered losses and dots of the closure rate, one column per month. */
async function showChart(): Promise<void> {
  const { groups } = (await (await api(`/api/v1/stats?${query()}&groupBy=month`)).json()) as { groups: (Figures & { group: string })[] };
  const most = Math.max(1, ...groups.map((g) => g.recoveredFen));
  const width = 720 / Math.max(groups.length, 1);
  const svg = $('#chart');
  svg.innerHTML = groups
    .map((g, i) => {
      const bar = (g.recoveredFen / most) * 120;
      const rate = g.closureRate.value ?? 0;
      return `<rect x="${i * width + 8}" y="${140 - bar}" width="${width - 16}" height="${bar}" fill="#9bb7d4"></rect>
        <circle cx="${i * width + width / 2}" cy="${140 - rate * 120}" r="4" fill="#b04020"></circle>
        <text x="${i * width + 8}" y="156">${g.group.slice(5)}</text>
        <text x="${i * width + 8}" y="172">${percent(g.closureRate)}</text>`;
    })
    .join('');
}

async function showStations(): Promise<void> {
  const { groups } = (await (await api(`/api/v1/stats?${query()}&groupBy=station`)).json()) as { groups: (Figures & { group: string | null })[] };
  $('#stations').replaceChildren(
    ...groups.map((g) => {
      const row = document.createElement('tr');
      for (const text of [g.group ?? '—', String(g.received), percent(g.closureRate), yuan(g.recoveredFen)]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      return row;
    }),
  );
}

async function showSentence(): Promise<void> {
  const response = await api(`/api/v1/reports/period?${query()}&format=text`);
  $('#sentence').textContent = response.ok ? await response.text() : '';
}

async function downloadCsv(): Promise<void> {
  const response = await api(`/api/v1/reports/period?${query()}&format=csv&groupBy=station`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `figures-${latest!.from}-${latest!.to}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

function translate(): void {
  translatePage(language);
  showTiles();
}

function onFigures(message: unknown): void {
  const parsed = figuresMessageSchema.safeParse(message);
  if (!parsed.success) return;
  latest = parsed.data;
  showTiles();
  void Promise.all([showChart(), showStations(), showSentence()]);
}

async function start(token: string): Promise<void> {
  $('#sign-in').hidden = true;
  $('#board').hidden = false;
  const socket = io('/dashboard', { auth: { token }, transports: ['websocket'] });
  socket.on(FEED_EVENTS.dashboard.snapshot, onFigures);
  socket.on(FEED_EVENTS.dashboard.delta, onFigures);
  socket.on('feed:refused', (refusal: { message: string }) => ($('#sentence').textContent = refusal.message));
}

translate();
$('#language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  translate();
});
$('#csv').addEventListener('click', () => void downloadCsv());
wireSignIn($<HTMLFormElement>('#sign-in'), $('#sign-in-error'), start);
