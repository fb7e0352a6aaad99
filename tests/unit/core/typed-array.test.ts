import { describe, expect, it } from 'vitest';
import { resized } from '../../../src/core/typed-array.ts';

describe('resized', () => {
  it('grows an array of the same type, keeping its numbers', () => {
    const grown = resized(Int32Array.from([-3, 7, 9]), 6);
    expect(grown).toBeInstanceOf(Int32Array);
    expect([...grown]).toEqual([-3, 7, 9, 0, 0, 0]);
  });

  it('shrinks to the first numbers, or starts empty when nothing is kept', () => {
    expect([...resized(Float64Array.from([1.5, 2.5, 3.5]), 2)]).toEqual([1.5, 2.5]);
    const fresh = resized(Uint8Array.from([4, 5]), 3, false);
    expect(fresh).toBeInstanceOf(Uint8Array);
    expect([...fresh]).toEqual([0, 0, 0]);
  });
});
