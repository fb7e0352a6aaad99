/**
 * The font charts are drawn with comes from npm (`@expo-google-fonts/noto-sans-jp`), never from the
 * system: servers seldom have a Japanese font, and without one every kana and kanji is a box.
 */
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

export const CHART_FONT_FAMILY = 'Noto Sans JP';

const require = createRequire(import.meta.url);
const FONT_FILES = [
  '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  // Titles and the big numbers of value cards are bold; without this weight Skia fakes it poorly.
  '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
];

let registered = false;

/** Register the font once per process; throws with the package name if it is missing. */
export function registerChartFont(): void {
  if (registered) return;
  for (const file of FONT_FILES) {
    let path: string;
    try {
      path = require.resolve(file);
    } catch {
      throw new Error(`chart font ${file} not found: run npm install (@expo-google-fonts/noto-sans-jp)`);
    }
    if (!GlobalFonts.registerFromPath(path, CHART_FONT_FAMILY)) throw new Error(`chart font ${path} could not be registered`);
  }
  registered = true;
}
