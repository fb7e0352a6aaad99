/**
 * The rebuild worker's entry point (see live.ts): a worker thread does not inherit the main
 * thread's TypeScript loader, so it registers tsx's here and then loads the worker itself.
 */
import { register } from 'tsx/esm/api';

register();
await import('./rebuild-worker.ts');
