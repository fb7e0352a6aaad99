/**
 * End to end: hostile and careless input. Cost is bounded before any work (allowances for every
 * interaction, option lengths checked again by the bot), a burst of the most expensive valid
 * requests is acknowledged within Discord's 3 s, a command Discord still shows but Shiori no
 * longer has gets a polite private answer, only the asker turns a public card, and what a person
 * typed is repeated shortened, without bidi controls and without links.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACK_DEADLINE_MS } from './fake/interaction.ts';
import { cardTexts, isCard, selectOf, visibleText } from './harness.ts';
import { useBot } from './use-bot.ts';

/** How many times the bot asked the engine (ask and search). */
let engineCalls = 0;

const { shiori } = useBot(
  {
    logLevel: 'info',
    wrapEngine: (inner) =>
      new Proxy(inner, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver) as unknown;
          if ((property === 'ask' || property === 'search') && typeof value === 'function') {
            return (...args: unknown[]) => {
              engineCalls++;
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }),
  },
  async () => {
    // Nothing a person sent made the bot fail.
    expect(shiori.logs.filter((line) => line.msg === 'interaction failed')).toEqual([]);
  },
);

describe('a command Discord still shows but Shiori no longer has', () => {
  it('gets a polite private answer naming /help, not an apology for a bug', async () => {
    const reply = await shiori.fake.slash('does-not-exist', {}).reply();
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply)).toContain('このコマンドはもうありません');
    expect(visibleText(reply)).toMatch(/\/ヘルプ|\/help/);
    expect(visibleText(reply)).not.toContain('🐞');
  });
});

describe('cost bounded before work', () => {
  it('refuses an option longer than any may be, sent past the client’s max_length, without asking the engine', async () => {
    const before = engineCalls;
    const user = shiori.fake.user('long-typer');
    const reply = await shiori.fake.slash('ask', { question: 'アントの延滞率は？'.repeat(700) }, { user, raw: true }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply)).toContain('入力が長すぎます（6300文字）');
    const metric = await shiori.fake.slash('metric', { name: 'x'.repeat(6000) }, { user, raw: true, locale: 'en-US' }).reply();
    expect(visibleText(metric)).toContain('That is too long (6000 characters)');
    const suggestions = shiori.fake.autocomplete('metric', { name: '延滞率'.repeat(2000) }, 'name', { user });
    await suggestions.acknowledged();
    expect(suggestions.choices).toEqual([]);
    expect(engineCalls).toBe(before);
  });

  it('counts a question before answering it: over the allowance, the engine is not asked', async () => {
    const user = shiori.fake.user('many-questions');
    const before = engineCalls;
    for (let i = 0; i < 5; i++) {
      const card = await shiori.fake.slash('ask', { question: `アントの延滞率は？ ${i}` }, { user }).reply(10_000);
      expect(isCard(card)).toBe(true);
    }
    const refused = await shiori.fake.slash('ask', { question: 'テンセントの組織再編はいつ？' }, { user }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(visibleText(refused)).toContain('質問が続いています');
    expect(engineCalls - before).toBe(5);
  });

  it('a blank question does not use up anyone’s allowance', async () => {
    const user = shiori.fake.user('typo');
    for (let i = 0; i < 6; i++) {
      const reply = await shiori.fake.slash('ask', { question: '？？？' }, { user }).reply();
      expect(visibleText(reply)).not.toContain('質問が続いています');
    }
    const card = await shiori.fake.slash('ask', { question: 'アントの延滞率は？' }, { user }).reply(10_000);
    expect(isCard(card)).toBe(true);
  });

  it('gives autocomplete its own allowance: a script typing without pause gets no more suggestions, then they come back', async () => {
    const user = shiori.fake.user('script');
    const first = shiori.fake.autocomplete('metric', { name: '延滞' }, 'name', { user });
    await first.acknowledged();
    expect(first.choices!.length).toBeGreaterThan(0);
    const burst = Array.from({ length: 60 }, () => shiori.fake.autocomplete('metric', { name: '延滞' }, 'name', { user }));
    await Promise.all(burst.map((interaction) => interaction.acknowledged()));
    expect(burst.filter((interaction) => interaction.choices!.length === 0).length).toBeGreaterThan(0);
    // Someone else typing meanwhile still gets suggestions.
    const other = shiori.fake.autocomplete('metric', { name: '延滞' }, 'name', { user: shiori.fake.user('typist') });
    await other.acknowledged();
    expect(other.choices!.length).toBeGreaterThan(0);
  });
});

describe('a burst of the most expensive valid requests', () => {
  it('acknowledges every one within Discord’s 3 s', async () => {
    const longQuestion = `${'アント・グループの零細企業向け残高延滞率と、テンセントの組織再編、アリババのAI投資について。'.repeat(20)}`.slice(0, 500);
    // The quiz items are generated once after ready (about a second of work): a burst meets a bot past that.
    await shiori.bot.context.study.bank();
    // Six people at once, each with the longest question, search and figure name the client lets through, typing into two autocompletes.
    const interactions = Array.from({ length: 6 }, (_, i) => {
      const user = shiori.fake.user(`burst-${i}`);
      return [
        shiori.fake.slash('ask', { question: longQuestion }, { user }),
        shiori.fake.slash('search', { query: longQuestion }, { user }),
        shiori.fake.slash('metric', { name: longQuestion.slice(0, 100) }, { user }),
        shiori.fake.autocomplete('metric', { name: longQuestion.slice(0, 100) }, 'name', { user }),
        shiori.fake.autocomplete('source', { document: longQuestion.slice(0, 100) }, 'document', { user }),
      ];
    }).flat();
    const acks = await Promise.all(interactions.map((interaction) => interaction.acknowledged(15_000)));
    const slowest = Math.max(...acks.map((ack) => ack.ms));
    const byType = new Map<number, number>();
    for (const ack of acks) byType.set(ack.type, Math.max(byType.get(ack.type) ?? 0, Math.round(ack.ms)));
    console.log(`burst: ${acks.length} acknowledgements, slowest by response type ${JSON.stringify([...byType])}`);
    expect(slowest).toBeLessThan(ACK_DEADLINE_MS);
    // And each got its real answer, not a refusal.
    const asked = await interactions[0]!.reply(20_000);
    expect(isCard(asked)).toBe(true);
  }, 60_000);
});

describe('a public card', () => {
  it('turns only for the person who asked; anyone else who picks a candidate gets a private copy', async () => {
    const asker = shiori.fake.user('asker');
    const card = await shiori.fake.slash('ask', { question: 'アントの延滞率は？' }, { user: asker }).reply(10_000);
    expect(card.ephemeral).toBeFalsy();
    const before = cardTexts(card).join('\n');
    const menu = selectOf(card)!;
    const copy = await shiori.fake.select(card, menu.custom_id, ['1'], { user: shiori.fake.user('passer-by') }).reply(10_000);
    expect(copy.id).not.toBe(card.id);
    expect(copy.ephemeral).toBe(true);
    expect(cardTexts(copy).join('\n')).not.toBe(before);
    expect(cardTexts(shiori.fake.message(card.id)!).join('\n')).toBe(before);
    const turned = await shiori.fake.select(card, menu.custom_id, ['1'], { user: asker }).reply(10_000);
    expect(turned.id).toBe(card.id);
    expect(cardTexts(turned).join('\n')).not.toBe(before);
  });
});

describe('what a person typed, repeated', () => {
  const hostile = '\u202eevil\u202c see https://discord.gg/abcdef and www.example.com ' + 'とても長い資料名'.repeat(30);

  it('is shortened and loses bidi controls and links in /source', async () => {
    const reply = await shiori.fake.slash('source', { document: hostile }).reply();
    const text = visibleText(reply);
    expect(text).toContain('という資料はありません');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).not.toMatch(/discord\.gg|example\.com|https?:/);
    expect(text).not.toContain('とても長い資料名'.repeat(10));
  });

  it('is shortened and loses bidi controls and links in /metric and /search', async () => {
    const metric = visibleText(await shiori.fake.slash('metric', { name: hostile.slice(0, 100) }).reply());
    expect(metric).not.toMatch(/[\u202a-\u202e]|discord\.gg|example\.com/);
    const search = visibleText(await shiori.fake.slash('search', { query: '\u202ezzzqqq https://discord.gg/abcdef' }).reply());
    expect(search).not.toMatch(/[\u202a-\u202e]|discord\.gg/);
  });
});

describe('arbitrary UTF-16 through every command and autocomplete', () => {
  /** Any UTF-16 code unit (lone surrogates, controls, bidi), and often words the documents hold. */
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('アント', '延滞率', 'テンセント', '\ud800', '\udc00', '\u202e', '@everyone', '<@1>', 'https://x.y', '？', ' '),
  );
  const samples = fc.sample(fc.string({ unit, minLength: 1, maxLength: 200 }), { numRuns: 25, seed: 20261130 });

  it('acknowledges each in time, answers or refuses it, and pings no one', async () => {
    const interactions = samples.flatMap((text, i) => {
      const user = shiori.fake.user(`fuzz-${i}`);
      return [
        shiori.fake.slash('ask', { question: text }, { user, raw: true }),
        shiori.fake.slash('search', { query: text }, { user, raw: true }),
        shiori.fake.slash('metric', { name: text }, { user, raw: true }),
        shiori.fake.slash('source', { document: text }, { user, raw: true }),
        shiori.fake.autocomplete('ask', { question: text }, 'question', { user }),
        shiori.fake.autocomplete('metric', { name: text }, 'name', { user }),
        shiori.fake.autocomplete('source', { document: text }, 'document', { user }),
      ];
    });
    const acks = await Promise.all(interactions.map((interaction) => interaction.acknowledged(15_000)));
    expect(Math.max(...acks.map((ack) => ack.ms))).toBeLessThan(ACK_DEADLINE_MS);
    for (const interaction of interactions.filter((candidate) => candidate.type === 2)) {
      const reply = await interaction.reply(15_000);
      expect(shiori.fake.pingsOf(reply)).toEqual([]);
    }
  }, 120_000);
});
