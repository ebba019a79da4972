/**
 * @module
 * English, the fallback language of the widget.
 */
import type { Strings } from './strings';

export const en: Strings = {
  loading: 'Loading the quiz…',
  progressLabel: 'Progress',
  progress: (current, total) => `${current} of ${total}`,
  true: 'True',
  false: 'False',
  chooseFirst: 'Choose or type an answer first.',
  check: 'Check',
  next: 'Next question',
  finish: 'Finish',
  seeResults: 'See results',
  correct: 'Correct!',
  incorrect: 'Not quite.',
  rightAnswer: 'Right answer:',
  yourAnswer: 'Your answer:',
  noAnswer: '(none)',
  fromArticle: 'From the article:',
  showInArticle: 'Show in the article',
  shownInArticle: 'The sentence is highlighted in the article.',
  submitting: 'Scoring your answers…',
  score: (score, total) => `You got ${score} of ${total} right`,
  review: 'Your answers',
  readersRight: (percent) => `${percent}% of readers got this right`,
  retry: 'Retry',
  tryAgain: 'Try again',
  share: 'Share',
  shareText: (score, total, title) => `I got ${score} of ${total} on the quiz “${title}”.`,
  linkCopied: 'Link copied.',
  copyFailed: 'Copy this link to share it:',
  errors: {
    offline: 'The quiz could not be reached. Check your connection and try again.',
    slow: 'The quiz is taking too long to answer. Try again in a moment.',
    notFound: 'This quiz does not exist (any more).',
    unusable: 'No quiz could be made from this article.',
    busy: 'Too many requests right now. Wait a moment and try again.',
    server: 'Something went wrong on the quiz server. Try again in a moment.',
    noSource: 'This quiz is missing its "quiz" or "article" attribute.',
    noArticle: 'The article this quiz is about is not on the page.',
    generic: 'Something went wrong with the quiz. Try again.',
  },
};
