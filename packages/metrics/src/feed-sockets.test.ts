import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { feedSockets } from './feed-sockets';

const connected = (count: number) => ({ sockets: { size: count } });

describe('hotline_feed_sockets', () => {
  it('reports nothing until a feed is watched, then its sockets per namespace at each scrape', async () => {
    const registry = new Registry();
    const sockets = feedSockets(registry);
    const values = async () => (await registry.getSingleMetric('hotline_feed_sockets')!.get()).values.map(({ labels, value }) => [labels.namespace, value]);
    expect(await values()).toEqual([]);

    const namespaces: Record<string, number> = { '/desk': 3, '/dashboard': 1 };
    sockets.watch({ of: (namespace) => connected(namespaces[namespace] ?? -1) });
    expect(await values()).toEqual([
      ['/desk', 3],
      ['/dashboard', 1],
    ]);
    namespaces['/desk'] = 2;
    expect(await values()).toContainEqual(['/desk', 2]);
  });
});
