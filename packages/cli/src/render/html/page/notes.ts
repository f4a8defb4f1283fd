import type { PageCourse } from "../page-data.js";
import { byId, el } from "./dom.js";

let unpacked: Promise<string> | null = null;

/** Every course's escalation note, unpacked once (gzip, base64) the first time one is needed. */
function allNotes(): Promise<string> {
  unpacked ??= (async () => {
    const binary = atob((byId("escalation-notes").textContent ?? "").trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  })();
  return unpacked;
}

export async function noteOf(course: PageCourse): Promise<string> {
  const [start, length] = course.note;
  return (await allNotes()).slice(start, start + length);
}

/**
 * Copy the course's note to the clipboard and say so; where the clipboard is refused (some mail clients' viewers,
 * an old browser), show the note selected in a text box to copy by hand.
 */
export async function copyNote(course: PageCourse, button: HTMLButtonElement, said: HTMLElement): Promise<void> {
  const note = await noteOf(course);
  try {
    await navigator.clipboard.writeText(note);
    said.textContent = "Escalation note copied.";
  } catch {
    const box = el("textarea", { class: "note-fallback", "aria-label": "Escalation note", readonly: true });
    box.value = note;
    button.after(box);
    box.select();
    said.textContent = "The clipboard is not available here: the note is selected below, copy it with Ctrl+C or ⌘C.";
  }
}
