/**
 * What a formatter returns: a message as plain API data (no discord.js classes), so formatting is
 * a pure function that tests can compare exactly. respond.ts turns a view into a send.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface MessageView {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  /** Uploaded with the message (a chart PNG); an embed shows one with `image.url: attachment://name`. */
  files?: MessageFile[];
}

export interface MessageFile {
  name: string;
  data: Buffer;
  /** Alt text for screen readers. */
  description?: string;
}

/** Shiori's embed colour: the red-brown of a silk bookmark (栞紐). */
export const EMBED_COLOUR = 0xa0522d;
