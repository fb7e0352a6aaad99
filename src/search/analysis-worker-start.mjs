/**
 * The analysis worker's entry point (see parallel-analysis.ts): a worker thread does not inherit
 * the main thread's TypeScript loader, so it registers tsx's here and then loads the worker itself.
 */
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
