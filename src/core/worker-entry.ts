/**
 * Where a worker thread starts. Compiled JavaScript runs `<name>.js` beside the module that starts
 * it; sources run through tsx start from `<name>-start.mjs`, which registers the TypeScript loader
 * a worker does not inherit, then imports `<name>.ts`.
 */
export function workerEntry(moduleUrl: string, name: string): URL {
  const compiled = moduleUrl.endsWith('.js');
  return new URL(compiled ? `./${name}.js` : `./${name}-start.mjs`, moduleUrl);
}
