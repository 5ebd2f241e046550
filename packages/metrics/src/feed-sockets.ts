import { Gauge, type Registry } from 'prom-client';

/** What the gauge reads of socket.io's Server: each namespace's sockets connected to this process. */
export interface SocketServer {
  of(namespace: string): { readonly sockets: { readonly size: number } };
}

/** The live feed's namespaces (services/desk-feed): the desks' queues and the managers' figures. */
const NAMESPACES = ['/desk', '/dashboard'] as const;

/**
 * `hotline_feed_sockets{namespace}`, counted at each scrape from the feed of this process (with
 * the Redis bus, each instance reports its own). Reports nothing until `watch` is given the feed.
 */
export function feedSockets(registry: Registry): { watch(io: SocketServer): void } {
  let feed: SocketServer | undefined;
  new Gauge({
    name: 'hotline_feed_sockets',
    help: "Screens connected to this process's live feed, by namespace.",
    labelNames: ['namespace'] as const,
    registers: [registry],
    collect() {
      if (!feed) return;
      for (const namespace of NAMESPACES) this.set({ namespace }, feed.of(namespace).sockets.size);
    },
  });
  return { watch: (io) => void (feed = io) };
}
