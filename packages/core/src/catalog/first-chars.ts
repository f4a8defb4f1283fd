import type { Element, Node } from "@eslint-community/regexpp/ast";

/**
 * The characters a piece of a pattern can start with, tested over a sample alphabet. Exact set algebra over Unicode
 * is not needed: two branches that share a first character almost always share an ASCII or Latin-1 one.
 */
const ALPHABET: readonly string[] = [
  ...Array.from({ length: 0x250 }, (_, code) => String.fromCodePoint(code)),
  "\u2028",
  "\u3000",
  "\u4e00",
  "\u{1f600}",
];

export interface FirstChars {
  chars: ReadonlySet<string>;
  /** True when the piece can match the empty string, so what follows it can start the match too. */
  nullable: boolean;
}

const EMPTY: FirstChars = { chars: new Set(), nullable: true };

/** Compute the first characters of one AST node; `flags` keep `i`, `s` and `u` semantics for the atoms. */
export function firstChars(node: Node, flags: string): FirstChars {
  switch (node.type) {
    case "Character":
    case "CharacterClass":
    case "CharacterSet":
    case "ExpressionCharacterClass":
      return { chars: atomChars(node.raw, flags), nullable: false };
    case "Backreference":
      // A backreference can repeat anything its group matched; assume the worst.
      return { chars: new Set(ALPHABET), nullable: true };
    case "Group":
    case "CapturingGroup":
    case "Pattern":
      return union(node.alternatives.map((alternative) => sequenceFirstChars(alternative.elements, flags)));
    case "Alternative":
      return sequenceFirstChars(node.elements, flags);
    case "Quantifier": {
      const inner = firstChars(node.element, flags);
      return { chars: inner.chars, nullable: node.min === 0 || inner.nullable };
    }
    default:
      // Assertions (^, $, \b, lookarounds) consume nothing.
      return EMPTY;
  }
}

export function sequenceFirstChars(elements: readonly Element[], flags: string): FirstChars {
  const chars = new Set<string>();
  for (const element of elements) {
    const first = firstChars(element, flags);
    for (const char of first.chars) chars.add(char);
    if (!first.nullable) return { chars, nullable: false };
  }
  return { chars, nullable: true };
}

function union(parts: readonly FirstChars[]): FirstChars {
  const chars = new Set<string>();
  for (const part of parts) for (const char of part.chars) chars.add(char);
  return { chars, nullable: parts.some((part) => part.nullable) };
}

function atomChars(raw: string, flags: string): Set<string> {
  const atom = new RegExp(`^(?:${raw})$`, flags.replace(/[gmy]/g, ""));
  return new Set(ALPHABET.filter((char) => atom.test(char)));
}
