/**
 * What the answering core says to a person: why a question cannot be searched. The engine fills
 * these in, so every front end shows the same words.
 */
import type { Localised } from '../core/i18n.ts';
import type { QuestionProblem } from '../core/types.ts';

export const questionProblems: Record<QuestionProblem, Localised> = {
  blank: {
    ja: '質問が空です。知りたいことを文章で書いてください（例：「アントの延滞率は？」）。',
    en: 'The question is empty. Please write what you want to know (for example: "What is Ant\'s delinquency rate?").',
  },
  too_long: {
    ja: '質問が長すぎます（{max}文字まで、いまは{length}文字）。要点を短く書いてください。',
    en: 'The question is too long ({length} characters; the limit is {max}). Please ask it in fewer words.',
  },
  no_content: {
    ja: '質問に文字が見つかりません（記号や絵文字だけでは検索できません）。言葉で書いてください。',
    en: 'The question has no words in it (symbols or emoji alone cannot be searched). Please ask in words.',
  },
};
