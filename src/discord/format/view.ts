/**
 * What a formatter returns: a message as plain API data (no discord.js classes), so formatting is
 * a pure function that tests can compare exactly. respond.ts turns a view into a send.
 * A view is either a classic message (content, embeds, rows of buttons or a select menu) or a
 * card: a Components V2 message (sent with the IS_COMPONENTS_V2 flag), all components.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIMessageTopLevelComponent, APIStringSelectComponent } from 'discord.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;
/** A row holding one select menu (a select menu takes a whole row). */
export type SelectRow = APIActionRowComponent<APIStringSelectComponent>;
export type ComponentRow = ButtonRow | SelectRow;

export interface ClassicView {
  content?: string;
  embeds?: APIEmbed[];
  components?: ComponentRow[];
  /** Uploaded with the message (a chart PNG); an embed shows one with `image.url: attachment://name`. */
  files?: MessageFile[];
  card?: never;
}

/** A Components V2 message: no content or embeds, text in text displays; files show only where a component points at them. */
export interface CardView {
  card: APIMessageTopLevelComponent[];
  /** Uploaded with the message; a media gallery shows one with `media.url: attachment://name`. */
  files?: MessageFile[];
  content?: never;
  embeds?: never;
  components?: never;
}

export type MessageView = ClassicView | CardView;

export interface MessageFile {
  name: string;
  data: Buffer;
  /** Alt text for screen readers. */
  description?: string;
}

/** Shiori's embed colour: the red-brown of a silk bookmark (栞紐). */
export const EMBED_COLOUR = 0xa0522d;
