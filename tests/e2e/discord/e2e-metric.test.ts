/**
 * End to end: /metric and /figures through the real discord.js Client against the fake Discord,
 * with the real engine, the real catalogue and the chart uploaded as a PNG attachment.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { visibleText } from './harness.ts';
import { useBot } from './use-bot.ts';


const { shiori } = useBot();


/** Width, height and whether any pixel is not white, read from the PNG as a person's client would. */
async function looksAt(png: Buffer): Promise<{ width: number; height: number; drawn: boolean }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height).data;
  let drawn = false;
  for (let index = 0; index < pixels.length && !drawn; index += 4) drawn = pixels[index]! + pixels[index + 1]! + pixels[index + 2]! < 600;
  return { width: image.width, height: image.height, drawn };
}

describe('/metric', () => {
  it('autocompletes over titles and aliases with ids as values, at most 25', async () => {
    const typing = shiori.fake.autocomplete('metric', { name: '延滞' }, 'name');
    const choices = await typing.autocompleteChoices();
    expect(choices.slice(0, 2).map((choice) => choice.value)).toEqual(['ant-delinquency-small-business', 'ant-delinquency-individuals']);
    expect(choices[0].name).toBe('アント・グループ 零細企業向けの残高延滞率（延滞率）');
    const all = await shiori.fake.autocomplete('metric', { name: '' }, 'name').autocompleteChoices();
    expect(all.length).toBeGreaterThan(10);
    expect(all.length).toBeLessThanOrEqual(25);
    const english = await shiori.fake.autocomplete('metric', { name: 'patent' }, 'name', { locale: 'en-US' }).autocompleteChoices();
    expect(english[0]).toEqual({ name: 'Blockchain invention patent applications worldwide, ranking by company (patent ranking)', value: 'blockchain-patent-ranking' });
  });

  it('answers a picked id with the figure card and its chart as a PNG attachment', async () => {
    const interaction = shiori.fake.slash('metric', { name: 'ant-delinquency-individuals' });
    const reply = await interaction.reply(10_000);
    expect(reply.ephemeral).toBe(false);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('アント・グループ 個人向けの残高延滞率');
    expect(embed.description).toContain('時点：2017年12月31日、2018年12月31日、2019年12月31日、2020年7月31日');
    expect(embed.description).toContain('2017/12/31　D30+ 1.08% ／ D90+ 0.68%');
    expect(embed.description).toContain('2020/7/31　D30+ 2.97% ／ D90+ 2.15%');
    // The table stays; the PDF's raw text, the curators' note and the catalogue id do not show.
    expect(embed.fields).toBeUndefined();
    expect(embed.footer.text).toBe('推移・『アリババ・テンセント…』 「事業モデルの再構築が迫れるアント…」 スライド 20・資料の数値をそのまま掲載');
    expect([embed.title, embed.description, embed.footer.text].join('\n')).not.toContain('ant-delinquency-individuals');
    expect(JSON.stringify(embed)).not.toContain('1.08% 1.43% 1.56% 2.97%');

    expect(reply.attachments).toHaveLength(1);
    const [attachment] = reply.attachments;
    expect(attachment).toMatchObject({ filename: 'ant-delinquency-individuals.png', content_type: 'image/png' });
    expect(embed.image.url).toBe(attachment.url);
    const png = shiori.fake.attachmentData(attachment)!;
    expect(await looksAt(png)).toEqual({ width: 800, height: 450, drawn: true });
    expect(reply.request.allowed_mentions).toMatchObject({ parse: [] });
    expect(shiori.fake.rejections).toEqual([]);
  });

  it('answers typed English words in English, with the ranking chart', async () => {
    const reply = await shiori.fake.slash('metric', { name: 'blockchain patents' }).reply(10_000);
    const [embed] = reply.embeds;
    expect(embed.title).toBe('Blockchain invention patent applications worldwide, ranking by company');
    expect(embed.description).toContain('1\\. Alibaba (Ant) (China)  1005件 / 155件');
    expect(embed.footer.text).toMatch(/^ranking · 『アリババ・テンセント…』 .*slide 23 · numbers as the document gives them$/);
    const png = shiori.fake.attachmentData(reply.attachments[0])!;
    expect(await looksAt(png)).toMatchObject({ width: 800, drawn: true });
  });

  it('tells only the person when a name is not one figure, offering the closest', async () => {
    const unknown = await shiori.fake.slash('metric', { name: '売上高' }).reply();
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toBe('❌ 「売上高」という図表は見つかりませんでした。近いもの：アント・グループの収入構造（`ant-revenue-mix`）');
    const ambiguous = await shiori.fake.slash('metric', { name: '延滞率' }).reply();
    expect(ambiguous.ephemeral).toBe(true);
    expect(ambiguous.content).toContain('`ant-delinquency-small-business`');
    expect(ambiguous.content).toContain('`ant-delinquency-individuals`');
    expect(ambiguous.attachments).toEqual([]);
  });
});

describe('/figures', () => {
  it('lists the figures of a document with their ids', async () => {
    const reply = await shiori.fake.slash('figures', { document: 'allforces-alibaba-ai-2025' }).reply();
    expect(visibleText(reply)).toContain('『Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？』の図表（2件）');
    expect(reply.embeds[0].description).toContain('• AlibabaのAIクラウドインフラ投資額（2028年まで）（数値） `alibaba-ai-investment`');
    const deck = await shiori.fake.slash('figures', { document: 'nri-platformers-2021' }).reply();
    expect(deck.embeds[0].description).toContain('`blockchain-patent-ranking`');
  });

  it('tells only the person about a document that does not exist', async () => {
    const reply = await shiori.fake.slash('figures', { document: 'no-such-document' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^❌ 「no-such-document」という資料はありません/);
  });
});
