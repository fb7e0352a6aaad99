/**
 * Turns of the event loop for handlers' work. Everything Shiori computes for an interaction
 * (reading a question, ranking, drawing a card) is synchronous; run back to back for a burst of
 * interactions, that work would keep Node from reading the next events and from firing the timers
 * that defer slow answers, and the last ones would miss Discord's 3 s. Each handler waits for its
 * turn: one starts per turn of the loop, so between two of them Node reads what arrived (and
 * answers autocomplete, which does not queue) and fires the deferral timers.
 */
export class Turns {
  readonly #waiting: Array<() => void> = [];
  #scheduled = false;

  /** Resolves when it is this caller's turn (first come, first served). */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#schedule();
    });
  }

  /** How many handlers are waiting for their turn. */
  get waiting(): number {
    return this.#waiting.length;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // setImmediate runs after Node has polled for I/O; one started per loop turn, never a batch.
    setImmediate(() => {
      this.#scheduled = false;
      this.#waiting.shift()?.();
      if (this.#waiting.length > 0) this.#schedule();
    });
  }
}
