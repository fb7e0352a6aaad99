import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/types.ts';
import { formatFigure, formatFigureChoices, formatFigureList } from '../../../src/discord/format/figure.ts';
import { fitView, embedLength } from '../../../src/discord/format/fit.ts';
import { CHOICE_NAME_MAX, EMBED_DESCRIPTION_MAX, EMBED_FIELD_VALUE_MAX, EMBED_TOTAL_MAX } from '../../../src/discord/limits.ts';
import { figureCard } from '../../../src/figures/card.ts';
import { figureChoices } from '../../../src/figures/lookup.ts';
import { loadFixture, type Fixture } from '../figures/corpus-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await loadFixture();
});

const documentOf = (doc: string) => fixture.corpus.documents.find((document) => document.id === doc);

describe('figure cards for Discord', () => {
  it('fit every figure within Discord’s limits without cutting, in both languages', () => {
    for (const language of ['ja', 'en'] as Language[]) {
      for (const figure of fixture.figures) {
        const view = formatFigure(figureCard(figure, documentOf(figure.source.doc), language), language, { name: `${figure.id}.png`, data: Buffer.from('png') });
        const [embed] = view.embeds!;
        expect(embed!.description!.length, figure.id).toBeLessThanOrEqual(EMBED_DESCRIPTION_MAX);
        for (const field of embed!.fields!) expect(field.value.length, figure.id).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
        expect(embedLength(embed!), figure.id).toBeLessThanOrEqual(EMBED_TOTAL_MAX);
        // fitView changes nothing: the formatter already stayed within the limits.
        expect(fitView(view).embeds).toEqual(view.embeds);
        expect(embed!.image).toEqual({ url: `attachment://${figure.id}.png` });
      }
    }
  });

  it('says the chart is missing when there is none, and attaches nothing', () => {
    const figure = fixture.figure('ant-revenue-mix');
    const view = formatFigure(figureCard(figure, documentOf(figure.source.doc), 'ja'), 'ja');
    expect(view.content).toBe('グラフを描けませんでした。数値は表のとおりです。');
    expect(view.files).toBeUndefined();
    expect(view.embeds![0]!.image).toBeUndefined();
    expect(view.embeds![0]!.description).toContain('クレジット・テック　39.4%');
  });

  it('offers choices with ids as values and names within 100 characters', () => {
    const choices = formatFigureChoices(figureChoices(fixture.figures, '', 25), 'en');
    expect(choices.length).toBe(Math.min(25, fixture.figures.length));
    for (const choice of choices) {
      expect(fixture.figures.some((figure) => figure.id === choice.value)).toBe(true);
      expect(choice.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
    }
  });

  it('lists a document without figures plainly', () => {
    const document = { ...documentOf('nri-platformers-2021')!, title: '空の資料' };
    expect(formatFigureList(document, [], 'ja')).toEqual({ content: '『空の資料』には登録された図表がありません。' });
  });
});
