/** English month and weekday words, lower case: shared by the sentence splitter and the name rules. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Abbreviations written with a dot ("Aug.", "Sept."); "may" has none. */
export const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
] as const;

export const WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"] as const;
