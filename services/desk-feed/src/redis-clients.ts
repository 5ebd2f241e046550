import { once, type EventEmitter } from 'node:events';

type Methods = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * Makes `methods` of `client` never reject: the adapter calls them without awaiting, and an
 * unhandled rejection ends a Node process. (The one command it awaits, PUBSUB NUMSUB before a
 * fetchSockets, still fails: its caller falls back.)
 */
export function catchRejections(client: object, methods: readonly string[], onRejected: (error: unknown) => void): void {
  const target = client as Methods;
  for (const name of methods) {
    const method = target[name]!.bind(client);
    target[name] = (...args) => method(...args).catch(onRejected);
  }
}

/**
 * Holds the adapter's subscriptions until `client` is ready, and asks again if the connection
 * drops before Redis confirms one. node-redis 5.12 loses a subscription queued while it is
 * still connecting after a failed attempt: Redis registers it, but the client emits "Cannot
 * read properties of undefined (reading 'value')" and never dispatches its messages (seen with
 * a feed started during an outage). A confirmed subscription node-redis renews by itself on each
 * reconnection, before it calls itself ready. Never rejects; gives up once `signal` aborts.
 */
export function subscribeWhenReady(client: EventEmitter & { readonly isReady: boolean }, signal: AbortSignal): void {
  const target = client as unknown as Methods;
  for (const name of ['subscribe', 'pSubscribe']) {
    const method = target[name]!.bind(client);
    target[name] = async (...args) => {
      for (let attempt = 0; !signal.aborted; attempt++) {
        try {
          if (attempt > 0 || !client.isReady) await once(client, 'ready', { signal });
          return await method(...args);
        } catch {
          // Closing, an 'error' while waiting (one per failed attempt), or a drop before the
          // confirmation: wait for the next 'ready'.
        }
      }
      return undefined;
    };
  }
}
