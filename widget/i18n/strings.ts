/**
 * @module
 * The shape every interface language fills in. Question text comes from the quiz itself; only the
 * widget's own words live here.
 */
export interface Strings {
  loading: string;
  progressLabel: string;
  progress: (current: number, total: number) => string;
  /** The two choices of a true/false question. */
  true: string;
  false: string;
  chooseFirst: string;
  check: string;
  next: string;
  finish: string;
  seeResults: string;
  correct: string;
  incorrect: string;
  rightAnswer: string;
  yourAnswer: string;
  noAnswer: string;
  fromArticle: string;
  showInArticle: string;
  shownInArticle: string;
  submitting: string;
  score: (score: number, total: number) => string;
  review: string;
  readersRight: (percent: number) => string;
  retry: string;
  tryAgain: string;
  share: string;
  shareText: (score: number, total: number, title: string) => string;
  linkCopied: string;
  copyFailed: string;
  /** In a class (`class-code`): the display name asked before the first question, and the class's refusals. */
  inClass: {
    nameLabel: string;
    nameHelp: string;
    start: string;
    nameRequired: string;
    nameTaken: string;
    closed: string;
    notFound: string;
  };
  errors: {
    offline: string;
    slow: string;
    notFound: string;
    unusable: string;
    busy: string;
    server: string;
    noSource: string;
    noArticle: string;
    generic: string;
  };
}
