import { LIMITS } from "../limits.js";
/**
 * Messages often embed the SIS's raw HTTP response: `409 Conflict: {"errors":[{"field":"Student.id [5] …"}]}`,
 * `Error posting grade (HTTP 403): {"message":"User does not teach section 7"}`, `Response code 500
 * body={"Message":"Internal Server Error"}`, or a bare OneRoster `{"statusInfoSet":[…]}`. The catalog matches the
 * SIS's own words, so the inner text becomes the message and the HTTP status is kept apart.
 */
export interface UnwrappedResponse {
  message: string;
  httpStatus?: number;
}

/** Keys whose string value is the SIS's own explanation, in order of preference. */
const MESSAGE_KEYS = [
  "message",
  "Message",
  "error_description",
  "errorMessage",
  "ErrorMessage",
  "imsx_description",
  "description",
  "detail",
  "title",
  "error",
  "Error",
  "field",
  "body",
] as const;

/** Keys holding a list or object of further errors to look inside. */
const NESTED_KEYS = [
  "errors",
  "Errors",
  "error",
  "errorMessage",
  "ErrorMessage",
  "statusInfoSet",
  "imsx_statusInfo",
  "details",
  "body",
] as const;

/**
 * HTTP status written before the body: `409 Conflict:`, `(HTTP 403)`, `Response code 500`, `status=500`,
 * `PUT …/score returned 409:`.
 */
const STATUS_PATTERN =
  /(?:^\s*|\bHTTP(?:\/\d(?:\.\d)?)?\s*|\b(?:response\s+)?(?:status|code|returned)\s*(?:code\s*)?[:=]?\s*)([1-5]\d\d)\b/i;

/** Unwraps a message that embeds a JSON body; returns undefined when there is nothing to unwrap. */
export function unwrapResponse(text: string): UnwrappedResponse | undefined {
  const open = firstJsonOpen(text);
  if (open < 0) return undefined;
  const close = text.lastIndexOf(text[open] === "{" ? "}" : "]");
  if (close <= open) return undefined;
  const bodyText = text.slice(open, close + 1);
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const inner = innerMessages(body, 0);
  const message = inner.length > 0 ? inner.join("; ") : bodyText;
  const httpStatus = httpStatusBefore(text.slice(0, open));
  return httpStatus === undefined ? { message } : { message, httpStatus };
}

/** The inner messages of an already-parsed response body (for JSON inputs whose message field is an object). */
export function messageFromBody(body: unknown): string | undefined {
  const inner = innerMessages(body, 0);
  if (inner.length > 0) return inner.join("; ");
  try {
    return JSON.stringify(body);
  } catch {
    // JSON.stringify recurses: a pathologically deep body has no readable text anyway.
    return undefined;
  }
}

function firstJsonOpen(text: string): number {
  const brace = text.indexOf("{");
  const bracket = text.indexOf("[{");
  if (brace < 0) return -1;
  return bracket >= 0 && bracket < brace ? bracket : brace;
}

function httpStatusBefore(prefix: string): number | undefined {
  if (prefix.length === 0) return undefined;
  const match = STATUS_PATTERN.exec(prefix);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * An object's own message followed by the messages nested in it: `{"message":"Validation Error","errors":[{"field":
 * "actualscoregradescaledcid"}]}` says both what failed and where, and an entry may need either part.
 */
function innerMessages(body: unknown, depth: number): string[] {
  if (depth > LIMITS.responseDepth || body === null || typeof body !== "object") return [];
  if (Array.isArray(body))
    return body.flatMap((item) => (typeof item === "string" ? [item] : innerMessages(item, depth + 1)));
  const object = body as Record<string, unknown>;
  let own: string | undefined;
  for (const key of MESSAGE_KEYS) {
    const value = object[key];
    if (typeof value === "string" && value.trim().length > 0 && embeddedJson(value) === undefined) {
      own = value;
      break;
    }
  }
  for (const key of NESTED_KEYS) {
    const value = object[key];
    const nested = typeof value === "string" ? embeddedJson(value) : value;
    const found = innerMessages(nested, depth + 1).filter((message) => message !== own);
    if (found.length > 0) return own === undefined ? found : [`${own}: ${found.join("; ")}`];
  }
  return own === undefined ? [] : [own];
}

/**
 * A response body logged as a string inside the JSON (`"body": "{\"errorMessage\":\"…\"}"`), as API gateways and
 * HTTP client logs write it: its parsed value, or undefined for text that is not a JSON object or array.
 */
function embeddedJson(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== "{" && start !== "[") return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
