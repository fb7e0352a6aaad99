/** A typed array grown (or shrunk) in place of another, the way a growing buffer is. */

type NumberArray = Int32Array | Uint32Array | Uint8Array | Float64Array;

/** A new array of `array`'s type with room for `capacity` numbers, holding `array`'s first ones when `keep`. */
export function resized<A extends NumberArray>(array: A, capacity: number, keep = true): A {
  const out = new (array.constructor as new (length: number) => A)(capacity);
  if (keep) out.set(array.subarray(0, Math.min(array.length, capacity)));
  return out;
}
