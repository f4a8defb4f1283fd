import { type MessageContext, schoolDate } from "./message-context.js";
import type { MessageSource } from "./message-sources.js";

/**
 * Texts no catalog entry explains, each with variable parts (ids, hosts, dates, quoted names), so the unknown
 * grouping has to mask them into a few templates rather than keep one group per line.
 */
const UNKNOWN: ((ctx: MessageContext) => string)[] = [
  ({ prng }) =>
    `Gateway timeout after ${prng.int(30, 120)}000 ms contacting sis-${prng.int(1, 9)}.district.k12.us (request ${prng.digits(8)})`,
  ({ prng }) => `Unexpected token < in JSON at position ${prng.int(0, 4000)}`,
  ({ prng, assignment }) =>
    `Score ${prng.int(101, 250)} exceeds maximum points ${prng.pick([10, 20, 50, 100])} for "${assignment.name}"`,
  ({ prng, course }) =>
    `Term T${prng.int(1, 4)} for section ${course.sectionId} is closed as of ${schoolDate(prng)}; posting deferred`,
  ({ prng, student }) => `Enrollment ${student.id}-${prng.digits(4)} is inactive in the SIS roster snapshot`,
  ({ prng }) => `ECONNRESET: socket hang up (attempt ${prng.int(1, 5)} of 5)`,
];

export function unknownSources(): MessageSource[] {
  return UNKNOWN.map((render) => ({ sis: "canvas", known: false, render }));
}
