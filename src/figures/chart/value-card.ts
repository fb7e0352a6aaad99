/**
 * A value figure (one or a few headline numbers) drawn as a card: title, as-of date, each number
 * large beside its label, the source in the footer. A chart of one bar would say less.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Language } from '../../core/types.ts';
import type { Figure } from '../schema.ts';
import { columnLabel, formatCell, rowLabel } from '../table.ts';
import type { ChartTexts } from './config.ts';
import { CHART_FONT_FAMILY } from './font.ts';
import { drawFooter, FOOTER_HEIGHT } from './plugins.ts';

const MARGIN = 40;
const TITLE_SIZE = 20;

function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px "${CHART_FONT_FAMILY}"`;
}

/** Break `text` into lines no wider than `width`: English between words, Japanese between characters. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(/[\x21-\x7e]+\s*|\s+|./gu) ?? []) {
    if (line !== '' && ctx.measureText(line + piece.trimEnd()).width > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
      continue;
    }
    line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The largest size at which `text` fits `width`, from `size` down to `min`. */
function fittingSize(ctx: SKRSContext2D, text: string, width: number, size: number, min: number, bold: boolean): number {
  let current = size;
  ctx.font = font(current, bold);
  while (current > min && ctx.measureText(text).width > width) {
    current -= 1;
    ctx.font = font(current, bold);
  }
  return current;
}

export function drawValueCard(ctx: SKRSContext2D, figure: Figure, texts: ChartTexts, language: Language, width: number, height: number): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';

  ctx.fillStyle = '#222222';
  ctx.font = font(TITLE_SIZE, true);
  ctx.textAlign = 'center';
  let y = MARGIN;
  for (const line of wrap(ctx, texts.title, width - 2 * MARGIN)) {
    ctx.fillText(line, width / 2, y);
    y += TITLE_SIZE + 8;
  }
  ctx.fillStyle = '#555555';
  ctx.font = font(13);
  ctx.fillText(texts.subtitle, width / 2, y);
  y += 30;

  const columns = figure.columns.length;
  const labelWidth = Math.round((width - 2 * MARGIN) * (columns > 1 ? 0.3 : 0.4));
  const columnWidth = (width - 2 * MARGIN - labelWidth) / columns;
  const headerHeight = columns > 1 ? 24 : 0;
  const rowsArea = height - FOOTER_HEIGHT - 16 - y - headerHeight;
  const rowHeight = Math.min(90, rowsArea / figure.rows.length);
  const valueSize = Math.max(18, Math.min(44, Math.floor(rowHeight * 0.5)));
  // The column names and the numbers sit together in the middle of the card.
  y += (rowsArea - rowHeight * figure.rows.length) / 2;
  if (columns > 1) {
    ctx.font = font(14);
    ctx.fillStyle = '#555555';
    figure.columns.forEach((column, index) => {
      ctx.fillText(columnLabel(column, language), MARGIN + labelWidth + columnWidth * (index + 0.5), y + 14);
    });
    y += headerHeight;
  }
  figure.rows.forEach((row, rowIndex) => {
    const baseline = y + rowHeight * rowIndex + rowHeight / 2 + valueSize * 0.35;
    ctx.textAlign = 'right';
    ctx.fillStyle = '#444444';
    fittingSize(ctx, rowLabel(row, language), labelWidth - 16, 16, 11, false);
    ctx.fillText(rowLabel(row, language), MARGIN + labelWidth - 16, baseline);
    ctx.textAlign = 'center';
    figure.columns.forEach((_, column) => {
      const cell = formatCell(figure, row, column);
      ctx.fillStyle = ['#4e79a7', '#f28e2b'][column % 2]!;
      fittingSize(ctx, cell, columnWidth - 12, valueSize, 14, true);
      ctx.fillText(cell, MARGIN + labelWidth + columnWidth * (column + 0.5), baseline);
    });
  });

  drawFooter(ctx, texts.footer, width, height);
}
