/**
 * Quizzes while they run: post a question, take answers (each person once), reveal it when its
 * time is up or its starter asks, post the next, and end with the scoreboard. Everything a quiz
 * is lives in the database as it happens, so answers are never lost; what lives here is only the
 * timers. A quiz still running when Shiori stops is ended as interrupted, at the stop when it is a
 * clean one and at the next start otherwise, with its message saying so.
 */
import type { Client } from 'discord.js';
import { fill, t } from '../core/i18n.ts';
import type { DocumentMeta, Language } from '../core/types.ts';
import type { Logger } from '../log.ts';
import type { QuizRow, QuizStatus } from '../store/quizzes.ts';
import type { Store } from '../store/store.ts';
import type { ItemBank } from '../study/bank.ts';
import { CHOICE_LETTERS, type QuizItem } from '../study/items.ts';
import { newCard } from '../study/review.ts';
import { pointsFor, rankScores, rightAnswerers, tally } from '../study/scoring.ts';
import { selectQuiz } from '../study/select.ts';
import { formatQuizQuestion, formatQuizReveal, formatScoreboard } from './format/quiz.ts';
import type { MessageView } from './format/view.ts';
import { QUIZ_REVEAL_PAUSE_MS, QUIZ_SECOND_MS } from './limits.ts';
import { editChannelMessage, sendToChannel } from './respond.ts';
import { studyDiscordText } from './text.ts';

export interface QuizTiming {
  /** How long a quiz second lasts: 1000, less in tests. */
  secondMs: number;
  /** The pause between a reveal and the next question. */
  revealPauseMs: number;
}

export const DEFAULT_QUIZ_TIMING: QuizTiming = { secondMs: QUIZ_SECOND_MS, revealPauseMs: QUIZ_REVEAL_PAUSE_MS };

export interface QuizRunnerDeps {
  client: Client;
  store: Store;
  document: (id: string) => DocumentMeta | undefined;
  bank: () => Promise<ItemBank>;
  log: Logger;
  timing: QuizTiming;
  now: () => number;
  /** /review as a reader's client names it, for the scoreboard's hint. */
  reviewCommand: (language: Language) => string;
}

export interface StartRequest {
  channelId: string;
  guildId?: string;
  starterId: string;
  starterName: string;
  language: Language;
  seconds: number;
  count: number;
  document?: string;
  chapter?: string;
  seed: number;
  solo: boolean;
}

export type StartOutcome =
  | { kind: 'created'; quiz: QuizRow; items: QuizItem[] }
  | { kind: 'running'; quiz: QuizRow; link: string }
  | { kind: 'no-items' };

export type AnswerOutcome =
  | { kind: 'recorded'; choice: number; correct: boolean; solo: boolean }
  | { kind: 'already'; choice: number }
  | { kind: 'closed' }
  | { kind: 'over' };

interface ActiveQuiz {
  row: QuizRow;
  items: QuizItem[];
  position: number;
  messageId?: string;
  postedAt?: number;
  timer?: NodeJS.Timeout;
}

/** A link to a message, as Discord writes one (DMs use @me). */
export function messageLink(guildId: string | null | undefined, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

export class QuizRunner {
  readonly #active = new Map<number, ActiveQuiz>();
  readonly #pending = new Set<NodeJS.Timeout>();

  constructor(private readonly deps: QuizRunnerDeps) {}

  /** Choose the questions and record the quiz, unless one is running in the channel already. */
  async create(request: StartRequest): Promise<StartOutcome> {
    const bank = await this.deps.bank();
    const items = selectQuiz(bank.items, { count: request.count, document: request.document, chapter: request.chapter, seed: request.seed });
    if (items.length === 0) return { kind: 'no-items' };
    const result = this.deps.store.quizzes.create({
      guildId: request.guildId,
      channelId: request.channelId,
      mode: request.solo ? 'solo' : 'group',
      starterId: request.starterId,
      starterName: request.starterName,
      language: request.language,
      seconds: request.seconds,
      document: request.document,
      chapter: request.chapter,
      seed: request.seed,
      startedAt: this.deps.now(),
      questions: items.map((item) => ({ itemId: item.id, item: JSON.stringify(item), doc: item.source.doc, chapter: item.source.location.chapter })),
    });
    if (!result.created) {
      const current = this.deps.store.quizzes.question(result.running.id, result.running.current);
      const link = current?.messageId ? messageLink(result.running.guildId, result.running.channelId, current.messageId) : `<#${result.running.channelId}>`;
      return { kind: 'running', quiz: result.running, link };
    }
    this.#active.set(result.quiz.id, { row: result.quiz, items, position: 0 });
    return { kind: 'created', quiz: result.quiz, items };
  }

  /** Post the first question. False when it could not be posted (the quiz is then ended). */
  async begin(quizId: number): Promise<boolean> {
    const posted = await this.#post(quizId, 0);
    if (!posted) await this.#end(quizId, 'stopped', { post: false });
    return posted;
  }

  isRunning(quizId: number): boolean {
    return this.#active.has(quizId);
  }

  starterOf(quizId: number): string | undefined {
    return this.#active.get(quizId)?.row.starterId ?? this.deps.store.quizzes.get(quizId)?.starterId;
  }

  async #post(quizId: number, position: number): Promise<boolean> {
    const active = this.#active.get(quizId);
    const item = active?.items[position];
    if (!active || !item) return false;
    const { row } = active;
    const limitMs = row.seconds * this.deps.timing.secondMs;
    const postedAt = this.deps.now();
    const view = formatQuizQuestion({ quizId, position, count: active.items.length, item, language: row.language, closesAt: postedAt + limitMs, solo: row.mode === 'solo' });
    try {
      const messageId = await sendToChannel(this.deps.client, row.channelId, view);
      active.position = position;
      active.messageId = messageId;
      active.postedAt = postedAt;
      this.deps.store.quizzes.posted(quizId, position, messageId, postedAt);
      active.timer = setTimeout(() => void this.reveal(quizId, position).catch((error: unknown) => this.deps.log.error('quiz reveal failed', { error, quiz: quizId })), limitMs);
      this.deps.log.info('quiz question posted', { quiz: quizId, position, item: item.id });
      return true;
    } catch (error) {
      this.deps.log.warn('could not post a quiz question', { error, quiz: quizId, channel: row.channelId });
      return false;
    }
  }

  /**
   * A person's answer to question `position`. Recorded once (the first answer stands); a wrong one
   * becomes a review card. In a solo quiz the answer reveals the question at once.
   */
  answer(input: { quizId: number; position: number; choice: number; userId: string; displayName: string }): AnswerOutcome {
    const active = this.#active.get(input.quizId);
    if (!active) return this.deps.store.quizzes.get(input.quizId)?.status === 'running' ? { kind: 'closed' } : { kind: 'over' };
    const question = this.deps.store.quizzes.question(input.quizId, input.position);
    const item = active.items[input.position];
    if (!item || !question || active.position !== input.position || question.revealedAt !== null || active.postedAt === undefined) {
      const earlier = question && this.deps.store.quizzes.answers(input.quizId, input.position).find((answer) => answer.userId === input.userId);
      return earlier ? { kind: 'already', choice: earlier.choice } : { kind: 'closed' };
    }
    const now = this.deps.now();
    const elapsedMs = Math.max(0, now - active.postedAt);
    const correct = input.choice === item.answer;
    const points = pointsFor(correct, elapsedMs, active.row.seconds * this.deps.timing.secondMs);
    const recorded = this.deps.store.quizzes.answer({ quizId: input.quizId, position: input.position, userId: input.userId, displayName: input.displayName, choice: input.choice, correct, points, elapsedMs, answeredAt: now });
    if (!recorded.recorded) return { kind: 'already', choice: recorded.earlier.choice };
    if (!correct) this.keep(input.userId, item);
    const solo = active.row.mode === 'solo';
    if (solo) void this.reveal(input.quizId, input.position).catch((error: unknown) => this.deps.log.error('quiz reveal failed', { error, quiz: input.quizId }));
    return { kind: 'recorded', choice: input.choice, correct, solo };
  }

  /** Put an item on a person's review schedule, due now. */
  keep(userId: string, item: QuizItem): 'added' | 'renewed' {
    const now = this.deps.now();
    const card = newCard(new Date(now));
    return this.deps.store.cards.addOrRenew({ userId, itemId: item.id, item: JSON.stringify(item), card: card.card, due: now, createdAt: now });
  }

  /** The item asked at a question of a quiz (running or not), for 復習に追加. */
  itemAt(quizId: number, position: number): QuizItem | undefined {
    const active = this.#active.get(quizId)?.items[position];
    if (active) return active;
    const row = this.deps.store.quizzes.question(quizId, position);
    return row ? (JSON.parse(row.item) as QuizItem) : undefined;
  }

  /** Show the answer of question `position` and go on. False when it was revealed already or is not the current one. */
  async reveal(quizId: number, position: number): Promise<boolean> {
    const active = this.#active.get(quizId);
    if (!active || active.position !== position) return false;
    if (!this.deps.store.quizzes.reveal(quizId, position, this.deps.now())) return false;
    clearTimeout(active.timer);
    await this.#showAnswer(active, position);
    if (position + 1 < active.items.length) {
      const next = setTimeout(() => {
        this.#pending.delete(next);
        void this.#post(quizId, position + 1)
          .then((posted) => (posted ? undefined : this.#end(quizId, 'stopped')))
          .catch((error: unknown) => this.deps.log.error('quiz question failed', { error, quiz: quizId }));
      }, this.deps.timing.revealPauseMs);
      this.#pending.add(next);
    } else {
      await this.#end(quizId, 'finished');
    }
    return true;
  }

  /** Stop a quiz: its current question is revealed with a note, and the scoreboard counts what was answered. */
  async stop(quizId: number, byName: string): Promise<boolean> {
    const active = this.#active.get(quizId);
    if (!active) return false;
    const note = fill(t(studyDiscordText.stoppedNote, active.row.language), { name: byName });
    if (this.deps.store.quizzes.reveal(quizId, active.position, this.deps.now())) await this.#showAnswer(active, active.position, note);
    await this.#end(quizId, 'stopped', { note });
    return true;
  }

  async #showAnswer(active: ActiveQuiz, position: number, note?: string): Promise<void> {
    const item = active.items[position]!;
    const row = this.deps.store.quizzes.question(active.row.id, position);
    if (!row?.messageId) return;
    const answers = this.deps.store.quizzes.answers(active.row.id, position);
    const view = formatQuizReveal({
      quizId: active.row.id,
      position,
      count: active.items.length,
      item,
      document: this.deps.document(item.source.doc),
      language: active.row.language,
      counts: tally(answers),
      rightNames: rightAnswerers(answers),
      note,
    });
    await this.#edit(active.row.channelId, row.messageId, view, active.row.id);
  }

  async #edit(channelId: string, messageId: string, view: MessageView, quizId: number): Promise<void> {
    try {
      await editChannelMessage(this.deps.client, channelId, messageId, view);
    } catch (error) {
      this.deps.log.warn('could not edit a quiz message', { error, quiz: quizId });
    }
  }

  async #end(quizId: number, status: Exclude<QuizStatus, 'running'>, options: { note?: string; post?: boolean } = {}): Promise<void> {
    const active = this.#active.get(quizId);
    this.#active.delete(quizId);
    if (active) clearTimeout(active.timer);
    if (!this.deps.store.quizzes.end(quizId, status, this.deps.now())) return;
    const row = active?.row ?? this.deps.store.quizzes.get(quizId);
    this.deps.log.info('quiz ended', { quiz: quizId, status });
    if (!row || options.post === false) return;
    await this.#postScoreboard(row, status, options.note);
  }

  async #postScoreboard(row: QuizRow, status: Exclude<QuizStatus, 'running'>, note?: string): Promise<void> {
    const view = formatScoreboard({
      status,
      scores: rankScores(this.deps.store.quizzes.scores(row.id)),
      questionCount: row.questionCount,
      language: row.language,
      reviewCommand: this.deps.reviewCommand(row.language),
      note,
    });
    try {
      await sendToChannel(this.deps.client, row.channelId, view);
    } catch (error) {
      this.deps.log.warn('could not post a quiz scoreboard', { error, quiz: row.id });
    }
  }

  /**
   * End quizzes left running by a process that stopped: mark them interrupted, reveal the question
   * that was open (its answers so far count) and post the scoreboard, saying why. `owns` says
   * which quizzes are this process's (a shard owns its servers' channels).
   */
  async recover(owns: (guildId: string | null) => boolean): Promise<number> {
    let recovered = 0;
    for (const row of this.deps.store.quizzes.running()) {
      if (this.#active.has(row.id) || !owns(row.guildId)) continue;
      recovered += 1;
      await this.#interrupt(row);
    }
    return recovered;
  }

  async #interrupt(row: QuizRow): Promise<void> {
    const note = t(studyDiscordText.interruptedNote, row.language);
    const questions = this.deps.store.quizzes.questions(row.id);
    const items = questions.map((question) => JSON.parse(question.item) as QuizItem);
    const current = questions[row.current];
    if (current?.messageId && this.deps.store.quizzes.reveal(row.id, row.current, this.deps.now())) {
      await this.#showAnswer({ row, items, position: row.current }, row.current, note);
    }
    if (!this.deps.store.quizzes.end(row.id, 'interrupted', this.deps.now())) return;
    this.deps.log.info('quiz interrupted', { quiz: row.id });
    await this.#postScoreboard(row, 'interrupted', note);
  }

  /**
   * Drop running quizzes from memory without ending them, as a process that crashed would: the
   * database still says they run, and the next start ends them. For tests of that recovery.
   */
  forget(): void {
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
    for (const active of this.#active.values()) clearTimeout(active.timer);
    this.#active.clear();
  }

  /** At a clean stop: end this process's quizzes as interrupted, now rather than at the next start. */
  async shutdown(): Promise<void> {
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
    const running = [...this.#active.values()];
    this.#active.clear();
    for (const active of running) {
      clearTimeout(active.timer);
      const row = this.deps.store.quizzes.get(active.row.id);
      if (row?.status === 'running') await this.#interrupt(row).catch((error: unknown) => this.deps.log.warn('could not end a quiz at shutdown', { error, quiz: row.id }));
    }
  }
}

/** A letter for a choice index: 0 → A. */
export const letterOf = (choice: number) => CHOICE_LETTERS[choice] ?? '?';
