/**
 * Chart.js plugins for off-screen charts: a white background (the canvas starts transparent,
 * which Discord's dark theme shows as black), the source line in the footer, and the values
 * printed at the points and bars so nobody has to read them off the axis.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Chart, Plugin } from 'chart.js';
import { CHART_FONT_FAMILY } from './font.ts';

export const FOOTER_HEIGHT = 30;
const FOOTER_FONT_SIZE = 12;
const MIN_FOOTER_FONT_SIZE = 9;

export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Write `text` at the bottom left, smaller when it does not fit, cut with … when even that fails. */
export function drawFooter(ctx: SKRSContext2D, text: string, width: number, height: number): void {
  const margin = 12;
  const room = width - 2 * margin;
  let size = FOOTER_FONT_SIZE;
  ctx.save();
  ctx.font = `${size}px "${CHART_FONT_FAMILY}"`;
  while (size > MIN_FOOTER_FONT_SIZE && ctx.measureText(text).width > room) {
    size -= 1;
    ctx.font = `${size}px "${CHART_FONT_FAMILY}"`;
  }
  let shown = text;
  while (shown.length > 1 && ctx.measureText(shown).width > room) shown = `${shown.slice(0, -2)}…`;
  ctx.fillStyle = '#555555';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(shown, margin, height - FOOTER_HEIGHT / 2);
  ctx.restore();
}

export function footer(text: string): Plugin {
  return {
    id: 'sourceFooter',
    afterDraw(chart: Chart) {
      drawFooter(chart.ctx, text, chart.width, chart.height);
    },
  };
}

/** Where a value is written: above or below a line's point, after a horizontal bar's end. */
export type LabelPlacement = 'above' | 'below' | 'after';

/** `texts[dataset][index]` drawn beside each point or bar. */
export function valueLabels(texts: readonly (readonly string[])[], fontSize: number, placements: readonly LabelPlacement[]): Plugin {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${fontSize}px "${CHART_FONT_FAMILY}"`;
      ctx.fillStyle = '#333333';
      texts.forEach((datasetTexts, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        const placement = placements[datasetIndex] ?? 'above';
        if (meta.hidden) return;
        meta.data.forEach((element, index) => {
          const text = datasetTexts[index];
          if (text === undefined) return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          ctx.textAlign = placement === 'after' ? 'left' : 'center';
          ctx.textBaseline = placement === 'after' ? 'middle' : placement === 'above' ? 'bottom' : 'top';
          if (placement === 'after') ctx.fillText(text, x + 4, y);
          else ctx.fillText(text, x, placement === 'above' ? y - 7 : y + 7);
        });
      });
      ctx.restore();
    },
  };
}
