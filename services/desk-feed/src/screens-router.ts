import { build } from 'esbuild';
import { Router } from 'express';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SCREENS = fileURLToPath(new URL('../screens/', import.meta.url));
/** The screens there are, by the path they are served at. */
const PAGES: Record<string, string> = { '/desk': 'intake-desk', '/case': 'case-page', '/dashboard': 'dashboard', '/replay': 'replay' };

/**
 * The screens, served by the feed on the API's origin: each page's HTML, and its TypeScript
 * bundled for the browser with esbuild on first request (kept in memory), so `npm start`
 * needs no build step.
 */
export function screensRouter(): Router {
  const router = Router();
  const bundles = new Map<string, Promise<string>>();
  const bundle = (name: string) => {
    let built = bundles.get(name);
    if (!built) {
      built = build({ entryPoints: [`${SCREENS}${name}.ts`], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: false }).then(
        (result) => result.outputFiles[0]!.text,
      );
      bundles.set(name, built);
    }
    return built;
  };
  // Every screen signs in with the same form, kept once and put in its place on the way out.
  const page = async (name: string) => {
    const [html, signIn] = await Promise.all([readFile(`${SCREENS}${name}.html`, 'utf8'), readFile(`${SCREENS}sign-in.html`, 'utf8')]);
    return html.replace('  <!-- sign-in -->\n', signIn);
  };
  for (const [path, name] of Object.entries(PAGES)) {
    router.get(path, async (_req, res) => void res.type('html').send(await page(name)));
    router.get(`/screens/${name}.js`, async (_req, res) => void res.type('text/javascript').send(await bundle(name)));
  }
  return router;
}
