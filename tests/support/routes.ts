import type { Express } from 'express';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route of the app: its method (lower case) and its path pattern. */
export interface Route {
  readonly method: HttpMethod;
  readonly path: string;
}

interface Layer {
  readonly route?: { readonly path: string; readonly methods: Readonly<Record<string, boolean>> };
  readonly handle?: { readonly stack?: readonly Layer[] };
  /** A router mounted at the root. */
  readonly slash?: boolean;
}

/**
 * Every route of an express 5 app, through the routers it mounts (express keeps them in
 * `app.router.stack`): what the authorization and fuzz tests walk, so a new route cannot go untested.
 */
export function routesOf(app: Express): Route[] {
  const walk = (stack: readonly Layer[]): Route[] =>
    stack.flatMap((layer) => {
      if (layer.route) return Object.keys(layer.route.methods).map((method) => ({ method: method as HttpMethod, path: layer.route!.path }));
      if (!layer.handle?.stack) return [];
      // A router mounted under a path would give its routes relative paths: say so rather than miss them.
      if (!layer.slash) throw new Error('a router is mounted under a path: teach routesOf its prefix');
      return walk(layer.handle.stack);
    });
  return walk((app.router as unknown as { stack: readonly Layer[] }).stack);
}
