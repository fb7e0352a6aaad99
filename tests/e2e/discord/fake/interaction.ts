/** An interaction sent to the bot, and what the bot answered to it, for tests to wait on. */
import type { FakeMessage } from './message-store.ts';
import type { FakeState } from './state.ts';
import type { Json } from './validate.ts';

/** Discord's deadline for the first response to an interaction. */
export const ACK_DEADLINE_MS = 3000;

export interface Acknowledgement {
  type: number;
  /** Milliseconds from dispatching the interaction to its first response. */
  ms: number;
}

/** One interaction sent to the bot, and everything the bot answered to it. */
export class FakeInteraction {
  ack?: Acknowledgement;
  /** The response message (type 4 or 5), or the component's message (types 6 and 7). */
  original?: FakeMessage;
  followUps: FakeMessage[] = [];
  choices?: Json[];
  /** Whether the original was edited after a deferral (5 or 6). */
  edited = false;

  constructor(
    private readonly fake: Pick<FakeState, 'waitFor'>,
    readonly id: string,
    readonly token: string,
    readonly type: number,
    readonly payload: Json,
    readonly sentAt: number,
  ) {}

  /** The first response, whatever its type. */
  acknowledged(timeoutMs = 5000): Promise<Acknowledgement> {
    return this.fake.waitFor(() => this.ack, timeoutMs, `acknowledgement of interaction ${this.id}`);
  }

  /** What the person sees: the reply, the deferred reply once edited, or the updated message. */
  async reply(timeoutMs = 5000): Promise<FakeMessage> {
    return this.fake.waitFor(
      () => {
        if (!this.ack || !this.original) return undefined;
        if (this.ack.type === 5 || this.ack.type === 6) return this.edited ? this.original : this.followUps[0];
        return this.original;
      },
      timeoutMs,
      `reply to interaction ${this.id}`,
    );
  }

  /** A follow-up message (e.g. an ephemeral reply to a button that was deferred). */
  followUp(index = 0, timeoutMs = 5000): Promise<FakeMessage> {
    return this.fake.waitFor(() => this.followUps[index], timeoutMs, `follow-up ${index} of interaction ${this.id}`);
  }

  async autocompleteChoices(timeoutMs = 5000): Promise<Json[]> {
    return this.fake.waitFor(() => this.choices, timeoutMs, `choices for interaction ${this.id}`);
  }
}
