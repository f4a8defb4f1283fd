import { createHash } from "node:crypto";

/**
 * The page's Content-Security-Policy: nothing may be loaded from anywhere (no fetch, image, font, frame or form
 * target), the only script and style allowed are the page's own, named by their SHA-256, and no string may become
 * markup through innerHTML and the like (Trusted Types with no policy). Data blocks (`type="application/json"`) are
 * not scripts and need no hash.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(style)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join("; ");
}

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
