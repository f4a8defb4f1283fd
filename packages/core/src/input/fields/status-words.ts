import type { RecordLevel, RecordStatus } from "../../records/log-record.js";

/**
 * Status vocabularies seen in Grade Sync, SIS import and service logs, folded to lower case. Kept in a Map so the
 * hot path is one lookup per value; `workflow_state` values of Canvas SIS imports are included.
 */
const STATUS_WORDS: ReadonlyMap<string, RecordStatus> = new Map<string, RecordStatus>([
  ...words<RecordStatus>(
    "error",
    "failed failure fail error errors err fatal critical crit rejected false aborted failed_with_messages",
  ),
  ...words<RecordStatus>("error", "emerg alert severe denied invalid"),
  ...words<RecordStatus>(
    "warning",
    "warning warn warnings partial partially_failed completed_with_errors imported_with_messages",
  ),
  ...words<RecordStatus>("warning", "partially_restored notice"),
  ...words<RecordStatus>(
    "success",
    "success successful succeeded ok completed complete done posted synced true passed imported",
  ),
  ...words<RecordStatus>("success", "restored created updated sent accepted"),
  ...words<RecordStatus>(
    "info",
    "info information debug trace verbose pending in_progress queued skipped scheduled running",
  ),
  ...words<RecordStatus>("info", "initializing importing cleanup_batch restoring waiting started"),
  // German, Spanish and French exports, whose column names are known too; accents may be lost on the way.
  ...words<RecordStatus>(
    "error",
    "fehler fehlgeschlagen abgelehnt fallido fallo fracaso rechazado erreur échec echec échoué echoue rejeté rejete",
  ),
  ...words<RecordStatus>("warning", "warnung advertencia aviso avertissement"),
  ...words<RecordStatus>(
    "success",
    "erfolg erfolgreich gesendet übertragen uebertragen éxito exito exitoso correcto enviado succès succes réussi reussi envoyé envoye",
  ),
]);

const LEVEL_WORDS: ReadonlyMap<string, RecordLevel> = new Map<string, RecordLevel>([
  ...words<RecordLevel>("assignment", "assignment assignments lineitem lineitems line_item line_items"),
  ...words<RecordLevel>("submission", "submission submissions score scores result results grade grades"),
]);

function words<T>(value: T, list: string): [string, T][] {
  return list.split(" ").map((word) => [word, value]);
}

/** Lower-cases and turns spaces and dashes into underscores only when needed, so `In Progress` finds `in_progress`. */
function foldWord(value: string): string {
  let folded = value;
  const first = folded.charCodeAt(0);
  const last = folded.charCodeAt(folded.length - 1);
  if (first <= 32 || last <= 32) folded = folded.trim();
  folded = folded.toLowerCase();
  if (folded.indexOf(" ") >= 0 || folded.indexOf("-") >= 0) folded = folded.replace(/[\s-]+/g, "_");
  return folded;
}

/** The normalised status of a status or log-level word, or undefined when the word is not a known status. */
export function statusFromWord(value: string): RecordStatus | undefined {
  return STATUS_WORDS.get(value) ?? STATUS_WORDS.get(foldWord(value));
}

/** The record level (assignment or submission) named by a value, or undefined. */
export function levelFromWord(value: string): RecordLevel | undefined {
  return LEVEL_WORDS.get(value) ?? LEVEL_WORDS.get(foldWord(value));
}

/** Words by which an info line says a grade went through: "grade posted", "Grade passback succeeded". */
const SUCCESS_TEXT = /\b(?:posted|succeeded|successful(?:ly)?|synced|synchronized|completed|accepted)\b/i;
/** Words that turn such a line into a failure or a not-yet: "grade not posted", "could not be synced", "retrying". */
const NOT_SUCCESS_TEXT =
  /\b(?:not|no|never|fail(?:ed|ure|s)?|errors?|unable|cannot|pending|skipped|partially|retry(?:ing)?)\b|n't\b/i;

/**
 * Does an info-level message say a grade went through? Such a line is a success, which is what a later success
 * that resolves a finding is; left an info line, it resolved nothing.
 */
export function readsAsSuccess(message: string): boolean {
  return SUCCESS_TEXT.test(message) && !NOT_SUCCESS_TEXT.test(message);
}

/**
 * Words and characters by which a message says something went wrong though it names a success word: `Improper
 * status "completed" for section S001`, "Grade posted to a closed grading period", a quoted value or an embedded
 * response. With no level to vouch for it, a message that has one is not taken for a success.
 */
const TROUBLE_TEXT =
  /\b(?:improper|invalid|unsyncable|denied|locked|closed|missing|duplicate|conflict|rejected|exception|forbidden|unauthori[sz]ed|timed?[\s-]?out|expired|mismatch|wrong|bad|unknown|warn(?:ing)?|problem|issue|late|only)\b|["{}]/i;

/**
 * Does a message with no level and no status clearly say a grade went through ("Grade passback succeeded", "Grades
 * posted to SIS for course 4411")? Stricter than `readsAsSuccess`, as nothing else vouches for it: such a record was
 * counted an error, and a message that only might be a success stays one.
 */
export function readsAsBareSuccess(message: string): boolean {
  return readsAsSuccess(message) && !TROUBLE_TEXT.test(message);
}
