/**
 * What a formatter returns: a message as plain API data (no discord.js classes), so formatting is
 * a pure function that tests can compare exactly. respond.ts turns a view into a send.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIStringSelectComponent } from 'discord.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;
/** A row holding one select menu (a select menu takes a whole row). */
export type SelectRow = APIActionRowComponent<APIStringSelectComponent>;
export type ComponentRow = ButtonRow | SelectRow;

export interface MessageView {
  content?: string;
  embeds?: APIEmbed[];
  components?: ComponentRow[];
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
