import { caseMessageSchema, deadlineMessageSchema, FEED_EVENTS, figuresMessageSchema, type CaseMessage, type FiguresMessage } from '@hotline/contracts';
import { startDeskFeed } from '@hotline/desk-feed';
import { createTokenService } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerComplaint, actOk, type Username } from './support/cases';
import { databases, openHotline, SECRETS, type Hotline } from './support/hotline';

const REDIS_URL = process.env.REDIS_URL;
const calendar = createChinaCalendar({ provisionalYears: 1 });

/** The working day before `date`. */
function previousWorkingDay(date: string): string {
  let day = date;
  do day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  while (!calendar.isWorkingDay(day));
  return day;
}

/** A screen's socket on `namespace`, collecting what it hears. */
interface Screen {
  readonly socket: Socket;
  readonly cases: CaseMessage[];
  readonly figures: FiguresMessage[];
  close(): void;
}

async function open(url: string, namespace: '/desk' | '/dashboard', auth: object): Promise<Screen> {
  const socket = connect(`${url}${namespace}`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  const screen: Screen = { socket, cases: [], figures: [], close: () => void socket.close() };
  for (const event of Object.values(FEED_EVENTS.desk)) socket.on(event, (message: unknown) => screen.cases.push(caseMessageSchema.parse(message)));
  for (const event of Object.values(FEED_EVENTS.dashboard)) socket.on(event, (message: unknown) => screen.figures.push(figuresMessageSchema.parse(message)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return screen;
}

/** Waits until `check` holds (a screen heard something), failing after `ms`. */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the screen did not hear it in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(databases)('the live feed, on $name', (database) => {
  let hotline: Hotline;
  const screens: Screen[] = [];
  const screenOf = async (as: Username, namespace: '/desk' | '/dashboard' = '/desk', extra: object = {}) => {
    const screen = await open(hotline.url!, namespace, { token: await hotline.tokenOf(as), ...extra });
    screens.push(screen);
    return screen;
  };
  beforeAll(async () => void (hotline = await openHotline(database, undefined, { live: {} })));
  afterEach(() => screens.splice(0).forEach((screen) => screen.close()));
  afterAll(() => hotline.close());

  it('refuses a socket without a valid token', async () => {
    await expect(open(hotline.url!, '/desk', {})).rejects.toThrow(/auth\/unauthenticated/);
    await expect(open(hotline.url!, '/desk', { token: 'not-a-token' })).rejects.toThrow(/invalid or expired/);
    await expect(open(hotline.url!, '/desk', { token: await hotline.tokenOf('operator'), since: 'yesterday' })).rejects.toThrow(/auth\/unauthenticated/);
  });

  it("tells the desks of the case's district and station, and no one else", async () => {
    const [operator, mediator, otherStation, otherDistrict, auditor] = await Promise.all([
      screenOf('operator'),
      screenOf('mediator'),
      screenOf('mediator2'),
      screenOf('operator_hs'),
      screenOf('auditor'),
    ]);
    const { caseId } = await registerComplaint(hotline);
    await until(() => [operator, mediator, auditor].every((screen) => screen.cases.some((m) => m.case.caseId === caseId)));
    const heard = operator.cases.find((m) => m.case.caseId === caseId)!;
    expect(heard).toMatchObject({ case: { status: 'registered', stationId: 'zhongnan', version: 1 } });
    expect(BigInt(heard.position)).toBeGreaterThan(0n);
    await actOk(hotline, caseId, 'accept', {}, 1);
    await until(() => mediator.cases.some((m) => m.case.caseId === caseId && m.case.status === 'accepted'));
    await hotline.settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(otherStation.cases).toEqual([]);
    expect(otherDistrict.cases).toEqual([]);
  });

  it('gives a screen back with `since` exactly what it missed', async () => {
    const first = await screenOf('operator');
    const { caseId: seen } = await registerComplaint(hotline);
    await until(() => first.cases.some((m) => m.case.caseId === seen));
    const since = first.cases.at(-1)!.position;
    first.close();

    const missed = [];
    for (let i = 0; i < 3; i++) missed.push((await registerComplaint(hotline)).caseId);
    await hotline.settle();
    const back = await screenOf('operator', '/desk', { since });
    const fresh = (await registerComplaint(hotline)).caseId;
    await until(() => back.cases.some((m) => m.case.caseId === fresh));
    expect(back.cases.map((m) => m.case.caseId)).toEqual([...missed, fresh]);
  });

  it("replays to a screen whose connection dropped what it missed meanwhile (socket.io's recovery)", async () => {
    const socket = connect(`${hotline.url}/desk`, { auth: { token: await hotline.tokenOf('operator') }, transports: ['websocket'], forceNew: true, reconnectionDelay: 200 });
    const heard: string[] = [];
    socket.on(FEED_EVENTS.desk.registered, (message: unknown) => heard.push(caseMessageSchema.parse(message).case.caseId));
    try {
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const before = (await registerComplaint(hotline)).caseId;
      await until(() => heard.includes(before));
      // The transport drops, as a flaky network does; the client reconnects by itself.
      socket.io.engine.close();
      await until(() => socket.disconnected);
      const missed = [(await registerComplaint(hotline)).caseId, (await registerComplaint(hotline)).caseId];
      await hotline.settle();
      await until(() => socket.connected && missed.every((caseId) => heard.includes(caseId)), 5000);
      expect(socket.recovered).toBe(true);
      expect(heard.filter((caseId) => [before, ...missed].includes(caseId))).toEqual([before, ...missed]);
    } finally {
      socket.close();
    }
  });

  it('warns the desks one working day before a deadline, and again once it has passed', async () => {
    const desk = await screenOf('operator');
    const heard: string[] = [];
    for (const event of [FEED_EVENTS.desk.warning, FEED_EVENTS.desk.overdue]) {
      desk.socket.on(event, (message: unknown) => {
        const { case: item, dueOn } = deadlineMessageSchema.parse(message);
        heard.push(`${event} ${item.caseId} ${dueOn}`);
      });
    }
    const { caseId, deadlines } = await registerComplaint(hotline, { occurredAt: hotline.now().toISOString() });
    const acceptBy = deadlines.acceptBy!;
    await hotline.settle();
    const started = hotline.now().toISOString();
    try {
      await hotline.feed!.checkDeadlines();
      // The working day before accept-by, in Shanghai: one working day left.
      hotline.setNow(`${previousWorkingDay(acceptBy)}T02:00:00Z`);
      await hotline.feed!.checkDeadlines();
      await until(() => heard.includes(`deadline:warning ${caseId} ${acceptBy}`));
      hotline.setNow(new Date(Date.parse(`${acceptBy}T02:00:00Z`) + 86_400_000).toISOString());
      await hotline.feed!.checkDeadlines();
      await until(() => heard.includes(`deadline:overdue ${caseId} ${acceptBy}`));
      await hotline.feed!.checkDeadlines();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard.filter((line) => line.includes(caseId))).toEqual([`deadline:warning ${caseId} ${acceptBy}`, `deadline:overdue ${caseId} ${acceptBy}`]);
    } finally {
      hotline.setNow(started);
    }
  });

  it("gives a manager the district's figures on joining and as they move, and refuses a desk", async () => {
    const dashboard = await screenOf('manager', '/dashboard');
    await until(() => dashboard.figures.length === 1);
    const before = dashboard.figures[0]!;
    expect(before.district).toBe('wuchang');
    await registerComplaint(hotline, { occurredAt: '2026-11-20T09:00:00+08:00' });
    await until(() => dashboard.figures.some((m) => m.figures.received === before.figures.received + 1), 5000);

    const refused = await screenOf('operator', '/dashboard');
    await until(() => refused.socket.disconnected);
  });
});

describe.skipIf(!REDIS_URL)('two feed instances on one Redis bus', () => {
  let hotline: Hotline;
  let other: Awaited<ReturnType<typeof startDeskFeed>>;
  let otherUrl: string;
  beforeAll(async () => {
    hotline = await openHotline(databases[0]!, undefined, { live: { redisUrl: REDIS_URL! } });
    // A second instance: sockets only, the same database, the same bus; it publishes nothing itself.
    const server = createServer();
    other = await startDeskFeed({
      server,
      db: hotline.db,
      tokens: createTokenService({ secrets: SECRETS.jwtSecrets }),
      calendar,
      redisUrl: REDIS_URL!,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await other?.close();
    await hotline?.close();
  });

  it('brings a case registered through one instance to a screen connected to the other', async () => {
    const screen = await open(otherUrl, '/desk', { token: await hotline.tokenOf('operator') });
    try {
      const { caseId } = await registerComplaint(hotline);
      await until(() => screen.cases.some((m) => m.case.caseId === caseId));
    } finally {
      screen.close();
    }
  });
});
