/**
 * /outline, pure: a document's chapters with their key messages, a menu to jump to a chapter, and
 * for a chapter, a button per slide or paragraph that opens it as /source shows it.
 */
import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import { formatLocation } from '../../core/citation.ts';
import { fill, t } from '../../core/i18n.ts';
import type { DocumentMeta, Language } from '../../core/types.ts';
import type { OutlineEntry, OutlineSection } from '../../study/outline.ts';
import { BUTTONS_PER_ROW_MAX, EMBED_DESCRIPTION_MAX, EMBED_FIELD_NAME_MAX, EMBED_FIELD_VALUE_MAX, EMBED_FIELDS_MAX, EMBED_TITLE_MAX, OUTLINE_BUTTONS_MAX, SELECT_OPTION_DESCRIPTION_MAX, SELECT_OPTION_LABEL_MAX, SELECT_OPTIONS_MAX, SELECT_PLACEHOLDER_MAX } from '../limits.ts';
import { studyDiscordText } from '../text.ts';
import { studyText } from '../../study/text.ts';
import { outlineChapterId, outlineOpenId } from './custom-ids.ts';
import { escapeMarkdown, formatPlain, singleLine, truncateAtSentence } from './text.ts';
import { EMBED_COLOUR, type ButtonRow, type ComponentRow, type MessageView, type SelectRow } from './view.ts';

/** Characters of a key message in the chapter list. */
const LEAD_MAX = 120;
/** Key messages shown under each chapter in the overview. */
const OVERVIEW_LEADS = 3;

function place(entry: OutlineEntry, language: Language): string {
  return formatLocation({ slide: entry.slide, paragraph: entry.paragraph }, language);
}

function chapterMenu(document: DocumentMeta, sections: readonly OutlineSection[], language: Language, chosen?: number): SelectRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: outlineChapterId(language, document.id),
        placeholder: truncateAtSentence(t(studyDiscordText.outlinePlaceholder, language), SELECT_PLACEHOLDER_MAX),
        options: sections.slice(0, SELECT_OPTIONS_MAX).map((section, index) => ({
          label: truncateAtSentence(singleLine(section.title), SELECT_OPTION_LABEL_MAX) || String(index + 1),
          value: String(index),
          description: truncateAtSentence(`${section.entries.length} · ${singleLine(section.entries[0]?.lead ?? '')}`, SELECT_OPTION_DESCRIPTION_MAX),
          default: index === chosen,
        })),
      },
    ],
  };
}

export function formatOutlineOverview(document: DocumentMeta, sections: readonly OutlineSection[], language: Language): MessageView {
  const entries = sections.reduce((sum, section) => sum + section.entries.length, 0);
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: formatPlain(fill(t(studyDiscordText.outlineTitle, language), { title: document.title }), EMBED_TITLE_MAX),
    description: fill(t(studyDiscordText.outlineOverview, language), { sections: sections.length, entries }),
    fields: sections.slice(0, EMBED_FIELDS_MAX).map((section) => ({
      name: formatPlain(section.title, EMBED_FIELD_NAME_MAX),
      value: truncateAtSentence(section.entries.slice(0, OVERVIEW_LEADS).map((entry) => `• ${fill(t(studyText.labelled, language), { label: place(entry, language), value: formatPlain(entry.lead, LEAD_MAX) })}`).join('\n') || '—', EMBED_FIELD_VALUE_MAX),
    })),
  };
  return { embeds: [embed], components: [chapterMenu(document, sections, language)] };
}

/** `source`: /source as the reader's client names it, for the footer. */
export function formatOutlineSection(document: DocumentMeta, sections: readonly OutlineSection[], index: number, language: Language, source: string): MessageView {
  const section = sections[index]!;
  const lines = section.entries.map((entry) => `**${escapeMarkdown(place(entry, language))}**　${formatPlain(entry.lead, LEAD_MAX)}`);
  const embed: APIEmbed = {
    color: EMBED_COLOUR,
    title: formatPlain(`${document.title} — ${section.title}`, EMBED_TITLE_MAX),
    description: truncateAtSentence(lines.join('\n'), EMBED_DESCRIPTION_MAX),
    footer: { text: fill(t(studyDiscordText.outlineFooter, language), { source }) },
  };
  const rows: ComponentRow[] = [chapterMenu(document, sections, language, index)];
  const buttons = section.entries.slice(0, OUTLINE_BUTTONS_MAX);
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_ROW_MAX) {
    const row: ButtonRow = {
      type: ComponentType.ActionRow,
      components: buttons.slice(start, start + BUTTONS_PER_ROW_MAX).map((entry) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: outlineOpenId(language, entry.passageId),
        label: place(entry, language),
      })),
    };
    rows.push(row);
  }
  return { embeds: [embed], components: rows };
}
