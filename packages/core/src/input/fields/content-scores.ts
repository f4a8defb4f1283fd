import { isDate } from "./parse-date.js";
import { statusFromWord } from "./status-words.js";

/**
 * Scores that say what a column holds when its name does not: each is the share of sampled non-empty values that
 * fit, from 0 to 1.
 */

/** Error text reads like a sentence: longish, several words, mostly letters. */
export function errorTextScore(values: readonly string[]): number {
  return share(values, looksLikeErrorText);
}

/**
 * A status column holds a small vocabulary of status words. One of only true and false is any yes-or-no column
 * (late, excused, muted, created_by_sis), not an outcome: read as one, "true" hid an error as a success. A column
 * named for the outcome (success, synced) is mapped by its name, not here.
 */
export function statusWordScore(values: readonly string[]): number {
  if (values.every(isTrueOrFalse)) return 0;
  return share(values, (value) => statusFromWord(value) !== undefined);
}

function isTrueOrFalse(value: string): boolean {
  const word = value.trim().toLowerCase();
  return word === "true" || word === "false";
}

export function dateScore(values: readonly string[]): number {
  return share(values, isDate);
}

function share(values: readonly string[], test: (value: string) => boolean): number {
  if (values.length === 0) return 0;
  let fitting = 0;
  for (const value of values) if (test(value)) fitting++;
  return fitting / values.length;
}

function looksLikeErrorText(value: string): boolean {
  if (value.length < 12) return false;
  let letters = 0;
  let spaces = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index) | 32;
    if (code >= 97 && code <= 122) letters++;
    else if (code === 32) spaces++;
  }
  return spaces >= 2 && letters >= value.length * 0.5;
}
