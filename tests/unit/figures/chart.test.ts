import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/types.ts';
import { CHART_HEIGHT, CHART_WIDTH } from '../../../src/figures/chart/config.ts';
import { CHART_FONT_FAMILY, registerChartFont } from '../../../src/figures/chart/font.ts';
import { renderFigureChart, type RenderedChart } from '../../../src/figures/chart/render.ts';
import { loadFixture, type Fixture } from './corpus-fixture.ts';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await loadFixture();
});

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

async function decode(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
}

/** Pixels in rows [top, bottom) that differ clearly from the white background. */
function inkInRows(pixels: Pixels, top: number, bottom: number): number {
  let ink = 0;
  for (let y = top; y < bottom; y += 1) {
    for (let x = 0; x < pixels.width; x += 1) {
      const at = (y * pixels.width + x) * 4;
      const [r, g, b, a] = [pixels.data[at]!, pixels.data[at + 1]!, pixels.data[at + 2]!, pixels.data[at + 3]!];
      if (a < 255) throw new Error(`transparent pixel at ${x},${y}: the background must be painted`);
      if (r + g + b < 600) ink += 1;
    }
  }
  return ink;
}

async function render(id: string, language: Language = 'ja'): Promise<{ chart: RenderedChart; pixels: Pixels }> {
  const figure = fixture.figure(id);
  const document = fixture.corpus.documents.find((candidate) => candidate.id === figure.source.doc);
  const chart = await renderFigureChart(figure, document, language);
  return { chart, pixels: await decode(chart.png) };
}

describe('charts of each kind', () => {
  it.each([
    ['ant-delinquency-individuals', 'series', CHART_HEIGHT],
    ['blockchain-patent-ranking', 'ranking', 710],
    ['ant-revenue-mix', 'breakdown', CHART_HEIGHT],
    ['alibaba-ai-investment', 'value', CHART_HEIGHT],
  ])('%s (%s): a PNG of the planned size, white, with a title, a drawing and a footer', async (id, kind, height) => {
    expect(fixture.figure(id).kind).toBe(kind);
    const { chart, pixels } = await render(id);
    expect(chart.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([pixels.width, pixels.height]).toEqual([CHART_WIDTH, height]);
    // The title band (top 34 rows) has text in it; a band between title and footer has the chart.
    expect(inkInRows(pixels, 0, 34)).toBeGreaterThan(800);
    expect(inkInRows(pixels, 120, height - 60)).toBeGreaterThan(2000);
    // The source line sits in the bottom 30 rows.
    expect(inkInRows(pixels, height - 30, height)).toBeGreaterThan(500);
  });

  it('draws the title it is given: a different title changes the title band only there', async () => {
    const figure = fixture.figure('ant-revenue-mix');
    const renamed = { ...figure, title: { ja: '別', en: 'Other' } };
    const [original, other] = await Promise.all([renderFigureChart(figure, undefined), renderFigureChart(renamed, undefined)]);
    const [a, b] = await Promise.all([decode(original.png), decode(other.png)]);
    expect(inkInRows(a, 0, 34)).toBeGreaterThan(inkInRows(b, 0, 34) * 3);
  });

  it('draws with the Japanese font from npm, not a system font', () => {
    registerChartFont();
    expect(GlobalFonts.has(CHART_FONT_FAMILY)).toBe(true);
    const canvas = createCanvas(10, 10);
    const context = canvas.getContext('2d');
    context.font = `20px "${CHART_FONT_FAMILY}"`;
    // Every kana is about as wide as the em square in Noto Sans JP (Skia versions round a little
    // differently); a missing glyph would be a narrow box or nothing.
    expect(context.measureText('アント').width).toBeGreaterThan(58);
    expect(context.measureText('アント').width).toBeLessThanOrEqual(61);
  });

  it('renders in English with the English title, under the time the benchmark allows', async () => {
    const started = performance.now();
    const { pixels } = await render('china-online-payment-share', 'en');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(pixels.width).toBe(CHART_WIDTH);
  });
});
