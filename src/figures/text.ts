/**
 * The words of figure tables, cards and charts, in both languages.
 */
import { fill, t, type Localised } from '../core/i18n.ts';
import { formatPartialDate } from '../core/citation.ts';
import type { Language } from '../core/types.ts';
import type { FigureKind } from './schema.ts';

export const figureKindLabels: Record<FigureKind, Localised> = {
  value: { ja: '数値', en: 'value' },
  series: { ja: '推移', en: 'time series' },
  breakdown: { ja: '内訳', en: 'breakdown' },
  ranking: { ja: 'ランキング', en: 'ranking' },
};

export const figureText = {
  headerItem: { ja: '項目', en: 'Item' },
  headerDate: { ja: '時点', en: 'Date' },
  headerSegment: { ja: '内訳', en: 'Segment' },
  headerRank: { ja: '順位', en: 'Rank' },
  headerName: { ja: '名称', en: 'Name' },
  asOf: { ja: '時点：{dates}', en: 'As of {dates}' },
  unit: { ja: '単位：{unit}', en: 'Unit: {unit}' },
  source: { ja: '出所：{citation}', en: 'Source: {citation}' },
  note: { ja: '注：{note}', en: 'Note: {note}' },
  quoteField: { ja: '原文', en: 'Quote' },
  valuesField: { ja: '数値', en: 'Values' },
  unknownFigure: {
    ja: '「{query}」という図表は見つかりませんでした。近いもの：{suggestions}',
    en: 'There is no figure called “{query}”. Closest: {suggestions}',
  },
  unknownFigureNoSuggestion: {
    ja: '「{query}」という図表は見つかりませんでした。図表の一覧は {listHint} で見られます。',
    en: 'There is no figure called “{query}”. {listHint} lists the figures.',
  },
  ambiguousFigure: {
    ja: '「{query}」に当たる図表が複数あります：{candidates}。どれか一つを指定してください。',
    en: '“{query}” fits several figures: {candidates}. Please name one of them.',
  },
  figuresTitle: { ja: '『{title}』の図表（{count}件）', en: 'Figures of “{title}” ({count})' },
  noFigures: { ja: '『{title}』には登録された図表がありません。', en: 'No figures are recorded for “{title}”.' },
  chartFailed: { ja: 'グラフを描けませんでした。数値は表のとおりです。', en: 'The chart could not be drawn; the values are in the table.' },
} satisfies Record<string, Localised>;

export function formatAsOf(dates: readonly string[], language: Language): string {
  const joined = dates.map((date) => formatPartialDate(date, language)).join(language === 'ja' ? '、' : ', ');
  return fill(t(figureText.asOf, language), { dates: joined });
}
