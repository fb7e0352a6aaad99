/**
 * The engine and the bot for a whole test file: `useBot()` opens the engine and starts the bot
 * against a fresh fake Discord before the file's tests, and after them runs the file's own
 * checks, then stops both. What it returns stands for the running bot and engine once they exist.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Shiori } from '../../../src/answer/engine.ts';
import { openEngine, startShiori, type Running, type StartOptions } from './harness.ts';

/** An object that reads through to whatever `current()` is when used (methods bound to it). */
function standIn<T extends object>(current: () => T | undefined, what: string): T {
  const target = (): T => {
    const value = current();
    if (!value) throw new Error(`${what} is used before the file's beforeAll has started it`);
    return value;
  };
  return new Proxy({} as T, {
    // `engine instanceof Shiori` holds for the stand-in too (the bot checks it).
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
    get(_, property) {
      const object = target();
      const value = Reflect.get(object, property, object) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

export function useBot(options: StartOptions = {}, checkAfter?: (running: Running) => void | Promise<void>): { shiori: Running; engine: Shiori } {
  let engine: Shiori | undefined;
  let running: Running | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ engine, close } = await openEngine());
    running = await startShiori(engine, options);
  }, 60_000);
  afterAll(async () => {
    try {
      if (running) await checkAfter?.(running);
    } finally {
      await running?.stop();
      await close?.();
    }
  });
  return { shiori: standIn(() => running, 'the bot'), engine: standIn(() => engine, 'the engine') };
}
