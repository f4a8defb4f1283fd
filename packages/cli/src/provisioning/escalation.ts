import { Actor, type ProvisioningSection, plural } from "@sis/core";
import type { Block } from "../render/document.js";
import { ACTOR_LABELS } from "../render/labels.js";
import {
  fileStatus,
  importFacts,
  importTitle,
  objectsLabel,
  originLabel,
  type ProvisioningFinding,
  provisioningLabel,
  rowsLabel,
  wordingOf,
} from "./labels.js";

type Import = ProvisioningSection["imports"][number];
type File = Import["files"][number];

/** Support practice: a few exact texts per problem, each with where it was. */
const EXAMPLES_PER_FINDING = 3;

/**
 * The escalation note for one SIS import: for whom, per finding what fails (the catalog's meaning, or what Canvas
 * does silently), what is asked of whoever acts first and what the others do, where (file, rows, objects) and the
 * exact texts; then the import's facts, and what to attach. Null when the import has no finding.
 */
export function provisioningNote(item: Import): Block[] | null {
  const issues = item.files.flatMap((file) => file.findings.map((finding) => ({ file, finding })));
  if (issues.length === 0) return null;
  const acting = new Set(issues.flatMap(({ finding }) => finding.actsFirst ?? []));
  const first = Actor.options.filter((actor) => acting.has(actor)).map((actor) => ACTOR_LABELS[actor]);
  const files = item.files.filter((file) => file.name !== null).map((file) => file.name as string);
  return [
    { kind: "heading", level: 1, text: `SIS import escalation: ${importTitle(item)}` },
    {
      kind: "fields",
      fields: [
        { label: "To", value: first.length > 0 ? first.join(", ") : "SIS admin" },
        { label: "Files", value: files.length > 0 ? files.join(", ") : "(none named)" },
      ],
    },
    { kind: "heading", level: 2, text: "What Canvas reports and what the files predict" },
    ...issues.flatMap(({ file, finding }, at) => issueBlocks(file, finding, at + 1)),
    { kind: "heading", level: 2, text: "The import" },
    { kind: "list", label: "Facts", items: importFacts(item) },
    ...item.files.flatMap((file): Block[] => {
      const status = fileStatus(file);
      return status.length === 0 ? [] : [{ kind: "list", label: file.name ?? "The import", items: status }];
    }),
    {
      kind: "checklist",
      items: [
        {
          done: false,
          text: `Attach the errors file (sis_errors_attachment_${item.id ?? "ID"}.csv) or the import's JSON`,
        },
        { done: false, text: "Attach the CSV files of the import (or the zip that was sent)" },
        { done: false, text: "Once corrected, send the files again and check the next import's warnings" },
      ],
    },
  ];
}

function issueBlocks(file: File, finding: ProvisioningFinding, number: number): Block[] {
  const meaning = finding.entry?.meaning ?? finding.silent?.meaning ?? "No catalog entry explains this message yet.";
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: `${number}. ${provisioningLabel(finding)}` },
    { kind: "paragraph", label: "What fails", text: meaning },
  ];
  const wording = wordingOf(finding);
  if (wording) blocks.push({ kind: "paragraph", label: "Wording", text: wording });
  const where = [
    `${file.name ?? "the import as a whole"}: ${plural(finding.count, "row")} (${originLabel(finding)})`,
    `Rows: ${rowsLabel(finding)}`,
  ];
  const objects = objectsLabel(finding);
  if (objects) where.push(`Objects: ${objects}`);
  blocks.push({ kind: "list", label: "Where", items: where });
  const target = finding.actsFirst ?? "sisAdmin";
  const asked = finding.fix?.[target];
  blocks.push({
    kind: "list",
    label: `What we ask of the ${ACTOR_LABELS[target]}`,
    items: asked ?? ["Tell us what this message means and how to fix it; its exact text is quoted with it."],
    ordered: asked !== undefined,
  });
  const others = Actor.options.flatMap((actor) =>
    actor === target ? [] : (finding.fix?.[actor] ?? []).map((step) => `${ACTOR_LABELS[actor]}: ${step}`),
  );
  if (others.length > 0) blocks.push({ kind: "list", label: "What the others do", items: others });
  for (const example of finding.examples.slice(0, EXAMPLES_PER_FINDING)) {
    const at =
      example.row !== null ? `row ${example.row}` : file.name === null ? "the import as a whole" : "row not given";
    const how = example.origin === "reported" ? "Canvas's message" : "Predicted message";
    blocks.push({ kind: "verbatim", caption: `${how} (${file.name ?? "import"}, ${at})`, text: example.message });
  }
  return blocks;
}
