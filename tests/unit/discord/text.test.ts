/** Escaping, bolding and shortening text for Discord: exact outputs and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boldSpans,
  escapeMarkdown,
  formatQuote,
  normalizeSpans,
  shortenAtSentence,
  truncateAtSentence,
} from '../../../src/discord/format/text.ts';

/** What Discord shows for escaped text: a backslash before anything but a letter, digit or space is dropped. */
const shown = (markdown: string) => markdown.replace(/\\([^0-9A-Za-z\s])/g, '$1');

describe('escapeMarkdown', () => {
  it('escapes inline markdown anywhere and list/heading markers at line starts only', () => {
    expect(escapeMarkdown('シェア*10%*、__下線__、~~取消~~、||伏字||、`code`、[link](x)、<@123>')).toBe(
      'シェア\\*10%\\*、\\_\\_下線\\_\\_、\\~\\~取消\\~\\~、\\|\\|伏字\\|\\|、\\`code\\`、\\[link](x)、\\<@123>',
    );
    expect(escapeMarkdown('1. デジタルユーザー数\n10. 小売\n# 見出し\n- 項目\n-# 小さな字\n> 引用\n+ 追加')).toBe(
      '1\\. デジタルユーザー数\n10\\. 小売\n\\# 見出し\n\\- 項目\n\\-# 小さな字\n\\> 引用\n\\+ 追加',
    );
    // Mid-line hyphens, numbers and single tildes are ordinary text.
    expect(escapeMarkdown('B2B2C - 2021. 4月、2017年12月~2020年7月')).toBe('B2B2C - 2021. 4月、2017年12月~2020年7月');
    expect(escapeMarkdown('C:\\path')).toBe('C:\\\\path');
  });

  it('never lets a mention, channel, emoji or timestamp render', () => {
    expect(escapeMarkdown('<@123456789012345678> <@&42> <#42> </ask:42> <:shiori:42> <t:1700000000:R> <https://example.com>')).toBe(
      '\\<@123456789012345678> \\<@&42> \\<#42> \\</ask:42> \\<:shiori:42> \\<t:1700000000:R> \\<https://example.com>',
    );
  });

  it('leaves @everyone as text (allowed mentions, not escaping, stops the ping)', () => {
    expect(escapeMarkdown('@everyone 見て')).toBe('@everyone 見て');
  });

  it('only adds backslashes that Discord drops: the text shown is the text written', () => {
    const markdownish = fc.string({ unit: fc.constantFrom(...'*_~|`<>#-+.1 \n\\[]()@:あ延'), maxLength: 60 });
    fc.assert(fc.property(fc.oneof(markdownish, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => shown(escapeMarkdown(text)) === text));
  });
});

describe('shortenAtSentence', () => {
  const text = '延滞率は緩やかに上昇した。個人向けは2.97%だった。零細企業向けは2.65%だった。';

  it('keeps text that fits', () => {
    expect(shortenAtSentence(text, 100)).toEqual({ text, kept: text.length, truncated: false });
  });

  it('cuts after the last whole sentence that fits, with …', () => {
    expect(truncateAtSentence(text, 30)).toBe('延滞率は緩やかに上昇した。個人向けは2.97%だった。…');
    expect(truncateAtSentence('Alibaba will invest. It is big. Really big.', 35)).toBe('Alibaba will invest. It is big.…');
  });

  it('does not treat a decimal point as the end of a sentence', () => {
    expect(truncateAtSentence('個人向けは2.97%へ上昇、零細企業向けは2.65%へ上昇', 12)).toBe('個人向けは2.97%へ…');
  });

  it('cuts hard when the last sentence boundary would lose more than half', () => {
    expect(truncateAtSentence('短い。とても長い二番目の文がここから始まって終わらない', 20)).toBe('短い。とても長い二番目の文がここから始…');
  });

  it('never splits an emoji', () => {
    expect(truncateAtSentence('栞🔖🔖🔖', 4)).toBe('栞🔖…');
    expect(truncateAtSentence('栞🔖🔖🔖', 3)).toBe('栞…');
  });

  it('always fits, ends with … when cut, and keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 320 }), (input, max) => {
        const { text: shown, kept, truncated } = shortenAtSentence(input, max);
        expect(shown.length).toBeLessThanOrEqual(max);
        expect(input.startsWith(shown.slice(0, kept))).toBe(true);
        expect(truncated).toBe(input.length > max);
        if (truncated) expect(shown.endsWith('…')).toBe(true);
        // No lone high surrogate before the ellipsis.
        expect(/[\ud800-\udbff]…$/.test(shown)).toBe(false);
      }),
    );
  });
});

describe('bold spans', () => {
  it('merges touching spans, trims spaces and splits at line breaks', () => {
    expect(normalizeSpans([[3, 5], [0, 2], [2, 4], [8, 20]], 'ab cd ef\ngh')).toEqual([[0, 5], [9, 11]]);
    expect(normalizeSpans([[0, 4]], ' ab ')).toEqual([[1, 3]]);
  });

  it('bolds the matched words of a real quote and escapes the rest', () => {
    const quote = '零細企業向けの残高延滞率（2017年12月~2020年7月） D30+：2020/7/31 2.65%';
    expect(boldSpans(quote, [[9, 12]])).toBe('零細企業向けの残高**延滞率**（2017年12月~2020年7月） D30+：2020/7/31 2.65%');
  });

  it('formats a quote as a block quote within the limit, bold marks clipped at the cut', () => {
    const quote = 'アリババの中期戦略では、企業のデジタル革新への支援を重要な戦略的な機会として捉える\n1. デジタルユーザー数のさらなる増加';
    expect(formatQuote(quote, [[0, 4], [45, 49]], 200)).toBe(
      '> **アリババ**の中期戦略では、企業のデジタル革新への支援を重要な戦略的な機会として捉える\n> 1\\. **デジタル**ユーザー数のさらなる増加',
    );
    const short = formatQuote(quote, [[0, 4], [45, 49]], 30);
    expect(short).toBe('> **アリババ**の中期戦略では、企業のデジタル革新への…');
    expect(short.length).toBeLessThanOrEqual(30);
  });

  it('any text with any spans renders within the limit with balanced bold markers', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(450), fc.nat(450)), { maxLength: 6 }),
        fc.integer({ min: 10, max: 500 }),
        (text, pairs, limit) => {
          const spans = pairs.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
          const rendered = formatQuote(text, spans, limit);
          expect(rendered.length).toBeLessThanOrEqual(limit);
          const unescaped = rendered.replace(/\\./g, '');
          expect((unescaped.match(/\*\*/g) ?? []).length % 2).toBe(0);
        },
      ),
    );
  });
});
