import { Agent, request } from 'node:http';

export interface SlowPost {
  /** Sends the rest of the body. */
  finish(): void;
  /** The answer: status, its Connection header and body; status 0 with the error's code when there was none. */
  readonly answer: Promise<{ status: number; connection?: string; body?: { caseId?: string; version?: number }; code?: string }>;
}

/**
 * A POST on a keep-alive connection of its own (as browsers and proxies hold them) whose body
 * arrives in two parts, as from a slow client: the headers and the first half at once, the rest
 * on `finish()`. Until then the request is in flight on the server, for as long as the test wants.
 */
export function slowPost(url: string, path: string, headers: Record<string, string>, body: object): SlowPost {
  const bytes = Buffer.from(JSON.stringify(body));
  const half = Math.floor(bytes.length / 2);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const call = request(`${url}${path}`, {
    method: 'POST',
    agent,
    headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) },
  });
  const answer = new Promise<Awaited<SlowPost['answer']>>((resolve) => {
    call.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, body: JSON.parse(text) }));
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, code: error.code ?? error.message }));
  }).finally(() => agent.destroy());
  call.write(bytes.subarray(0, half));
  return { finish: () => call.end(bytes.subarray(half)), answer };
}
