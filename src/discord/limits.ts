/**
 * Every number the Discord layer depends on, in one place: Discord's own limits (exceed one and
 * the API answers 400 / 50035), and Shiori's thresholds for paging, rate limiting and timing.
 * Lengths are counted in UTF-16 code units (JavaScript's `length`), which is never less than
 * Discord's count of characters, so staying under them in JavaScript stays under them in Discord.
 */
import { QUESTION_MAX_CHARS } from '../answer/engine.ts';

/** Discord: message content. */
export const MESSAGE_CONTENT_MAX = 2000;
/** Discord: embeds per message and the total characters across them. */
export const EMBEDS_PER_MESSAGE_MAX = 10;
export const EMBED_TOTAL_MAX = 6000;
/** Discord: per-embed limits. */
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Discord: components. */
export const BUTTONS_PER_ROW_MAX = 5;
export const ACTION_ROWS_MAX = 5;
export const CUSTOM_ID_MAX = 100;
export const BUTTON_LABEL_MAX = 80;
/** Discord: string select menus. */
export const SELECT_OPTIONS_MAX = 25;
export const SELECT_OPTION_LABEL_MAX = 100;
export const SELECT_OPTION_DESCRIPTION_MAX = 100;
export const SELECT_PLACEHOLDER_MAX = 150;
/** Discord: autocomplete answers. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;
/** Discord: Components V2 messages (flag IS_COMPONENTS_V2): components counted nested, text across text displays, gallery items. */
export const V2_COMPONENTS_MAX = 40;
export const V2_TEXT_MAX = 4000;
export const MEDIA_GALLERY_ITEMS_MAX = 10;
/** Discord: modals: the title, a text input's label, and what a text input may hold. */
export const MODAL_TITLE_MAX = 45;
export const TEXT_INPUT_LABEL_MAX = 45;
export const TEXT_INPUT_PLACEHOLDER_MAX = 100;
export const TEXT_INPUT_VALUE_MAX = 4000;
/** Discord: a thread's name. */
export const THREAD_NAME_MAX = 100;
/**
 * Shiori: the longest text any command option takes, the engine's limit on a question; set as
 * `max_length` so that Discord's client stops a longer one before it is sent.
 */
export const FREE_TEXT_OPTION_MAX = QUESTION_MAX_CHARS;
/** Shiori: the longest figure name /metric takes (the longest title is under 60 characters); matching grows with the words typed. */
export const FIGURE_NAME_MAX = 100;
/** Discord: an interaction must be acknowledged within 3 s. */
export const INTERACTION_ACK_DEADLINE_MS = 3000;

/**
 * Shiori: if a handler has not answered after this long, defer so the 3 s deadline is kept and
 * the answer follows as an edit. Leaves a second for the defer request itself to arrive.
 */
export const AUTO_DEFER_AFTER_MS = INTERACTION_ACK_DEADLINE_MS - 1000;
/**
 * Shiori: a command that arrives this long after Discord created it, or while others' work is
 * waiting, is acknowledged before any work, so that no one's work can make it late.
 */
export const DEFER_AT_ONCE_AFTER_MS = 1000;

/** Shiori: hits fetched per question: the quoted one and the others in the card's 「ほかの候補」 menu. */
export const ANSWER_HIT_LIMIT = 9;
/** Shiori: results listed by /search. */
export const SEARCH_RESULT_LIMIT = 10;
/**
 * Shiori: an answer card is one phone screen: at most this many lines of text as a phone shows
 * them (format/phone-lines.ts), counting a line that wraps as the lines it takes; the quote gets
 * what the other lines leave, at most CARD_QUOTE_LINES_MAX.
 */
export const CARD_LINES_MAX = 25;
export const CARD_QUOTE_LINES_MAX = 14;
/** Shiori: columns of a phone screen's line in a card (a kanji is two): about 18 kanji on a 390-point-wide phone. */
export const PHONE_LINE_COLUMNS = 36;
/** Shiori: characters of a document's title and of a chapter in a card's citation line. */
export const SHORT_TITLE_MAX = 16;
export const SHORT_CHAPTER_MAX = 18;
/** Shiori: charts in one answer card (one per catalogue figure the question asks for). */
export const CARD_CHARTS_MAX = 2;
/** Shiori: nearest places named by an answer card that found nothing clear. */
export const MISS_PLACES_MAX = 2;
/** Shiori: characters of a 👎 comment kept (Discord's text input allows more). */
export const FEEDBACK_COMMENT_MAX = 1000;
/** Shiori: characters of the main quote as sent (markdown included); the quoted lines rarely need more. */
export const QUOTE_MAX = 1500;
/**
 * Shiori: characters of a snippet for further hits and /search results, as sent. Ten results of
 * this size plus their names stay under the 6,000 characters an embed may hold in total.
 */
export const SNIPPET_MAX = 300;
/** Shiori: how much of a person's question or query is repeated back in a title or message. */
export const QUERY_ECHO_MAX = 200;
/** Shiori: a line naming a nearby heading when nothing answers with confidence. */
export const HEADING_LINE_MAX = 200;

/** Shiori: per-user rate limit for questions (slash commands and free questions alike). */
export const QUESTIONS_PER_WINDOW = 5;
export const QUESTION_WINDOW_MS = 30_000;
/**
 * Shiori: everything a person does (commands, buttons, menus, modals), counted before any work:
 * generous for a person, a wall for a script (a quiz answer, a vote and paging are one each).
 */
export const INTERACTIONS_PER_WINDOW = 30;
export const INTERACTION_WINDOW_MS = 30_000;
/** Shiori: autocomplete requests per person (Discord sends one as they type, a few per second at most). */
export const AUTOCOMPLETES_PER_WINDOW = 40;
export const AUTOCOMPLETE_WINDOW_MS = 10_000;

/**
 * Shiori: the newest answers kept in memory for their cards' menu and buttons (each holds its
 * passages, 10–20 KB); older ones are read back from the database when used, until the time to live.
 */
export const ANSWER_SESSIONS_MAX = 500;
export const ANSWER_SESSION_TTL_MS = 24 * 60 * 60 * 1000;


/** Shiori: how long a quiz "second" lasts (tests shorten it), and the pause between a reveal and the next question. */
export const QUIZ_SECOND_MS = 1000;
export const QUIZ_REVEAL_PAUSE_MS = 4000;
/** Shiori: names listed under "got it right" before "and N more". */
export const QUIZ_NAMES_SHOWN_MAX = 20;
/** Shiori: characters of a quiz or review question as sent, and of the source quote under an answer. */
export const QUIZ_QUESTION_MAX = 1500;
export const QUIZ_SOURCE_QUOTE_MAX = 700;
/** Shiori: characters of one line of /report, and of a chapter's name in it. */
export const REPORT_LINE_MAX = 220;
export const REPORT_LABEL_MAX = 100;
/** Shiori: places of a chapter with a button in /outline (one row is the chapter menu). */
export const OUTLINE_BUTTONS_MAX = 20;
