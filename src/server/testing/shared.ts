import { afterAll, beforeAll } from 'vitest';

/**
 * One instance for a whole test file: started before its first test, closed after its last. The
 * answer stands for the instance, so the tests use it as they would the instance itself.
 */
export function sharedForFile<T extends object>(
  start: () => Promise<T>,
  close: (instance: T) => Promise<void>,
): T {
  let instance: T | undefined;
  beforeAll(async () => {
    instance = await start();
  });
  afterAll(async () => {
    if (instance) await close(instance);
  });
  return new Proxy({} as T, {
    get(_target, property) {
      if (!instance) throw new Error('used before the file’s beforeAll started it');
      const value: unknown = Reflect.get(instance, property, instance);
      return typeof value === 'function' ? (value as () => unknown).bind(instance) : value;
    },
  });
}
