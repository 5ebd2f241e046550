/**
 * The 12345 platform as the tests play it: a work order (工单) and its signed push.
 */
import { signWorkOrder, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@hotline/intake';
import type { Response } from 'supertest';
import type { Body } from './cases';
import { SECRETS, type Hotline } from './hotline';

export const WORK_ORDERS_URL = '/api/v1/integrations/12345/work-orders';

/** A work order the 12345 hotline forwards to Wuchang: a training school closed with prepaid fees. */
export function workOrderBody(overrides: Body = {}): Body {
  return {
    workOrderNo: 'WH12345-20261120-0088',
    receivedAt: '2026-11-20T09:15:00+08:00',
    replyBy: '2026-11-27T18:00:00+08:00',
    citizen: { name: '刘芳', phone: '13971234567', address: '武汉市武昌区水果湖街道东湖路10号' },
    respondent: { name: '武汉市武昌区某某艺术培训学校', address: '武汉市武昌区中北路66号' },
    kind: 'complaint',
    category: 'prepaid_card',
    subject: 'services_education_training',
    summary: '市民来电反映：在该培训学校预交课时费6800元，学校突然停课，要求退还剩余课时费用',
    district: 'wuchang',
    claimedAmountFen: 680_000,
    ...overrides,
  };
}

/** The harness clock as a push's timestamp (unix seconds), shifted by `shiftSeconds`. */
export const timestampOf = (hotline: Hotline, shiftSeconds = 0): string => String(Math.floor(hotline.now().getTime() / 1000) + shiftSeconds);

export interface PushOptions {
  /** Default: the harness clock now. */
  readonly timestamp?: string;
  /** Default: the shared secret. */
  readonly secret?: string;
  /** Sent instead of the computed signature. */
  readonly signature?: string;
  /** Leave out a header. */
  readonly without?: readonly ('signature' | 'timestamp')[];
}

/** The exact bytes, headers and signature of one push, so a test can send it again as it was. */
export interface SignedPush {
  readonly rawBody: string;
  readonly headers: Record<string, string>;
}

/** Signs `body` (an object, or a string sent as it is) like the 12345 platform does. */
export function signPush(hotline: Hotline, body: Body | string, options: PushOptions = {}): SignedPush {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? timestampOf(hotline);
  const signature = options.signature ?? signWorkOrder(options.secret ?? SECRETS.workOrderSecret, timestamp, Buffer.from(rawBody));
  const headers: Record<string, string> = {};
  if (!options.without?.includes('signature')) headers[SIGNATURE_HEADER] = signature;
  if (!options.without?.includes('timestamp')) headers[TIMESTAMP_HEADER] = timestamp;
  return { rawBody, headers };
}

/** Sends a signed push as it is. */
export function send(hotline: Hotline, push: SignedPush): Promise<Response> {
  let call = hotline.request.post(WORK_ORDERS_URL).set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(push.headers)) call = call.set(name, value);
  return call.send(push.rawBody);
}

/** Signs and sends a push. */
export const pushWorkOrder = (hotline: Hotline, body: Body | string, options: PushOptions = {}): Promise<Response> =>
  send(hotline, signPush(hotline, body, options));
