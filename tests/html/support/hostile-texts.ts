/**
 * Log text written to run, load or restyle something in an HTML page, or to make text read differently than it
 * is. Each is put into every field of a log (course, assignment, teacher, student, SIS, message) by hostileExport.
 */
export const HOSTILE_TEXTS = [
  "<script>window.__pwned = 'script tag'</script>",
  '"><img src=x onerror="window.__pwned=\'img onerror\'">',
  "javascript:window.__pwned='javascript url'",
  "<a href=\"javascript:window.__pwned='link'\">click</a>",
  "</script><script>window.__pwned='script end in JSON'</script><!--",
  "</style><style>body{background:url(https://evil.example/bg.png)}</style>",
  "x{width:expression(window.__pwned='css expression')} @import url(https://evil.example/a.css);",
  "<svg onload=\"window.__pwned='svg onload'\"><circle r=9 /></svg>",
  '<iframe src="https://evil.example/frame"></iframe><link rel=stylesheet href=https://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  "<img src=https://evil.example/pixel.gif alt=tracker>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template-literal injection, on purpose
  "{{constructor.constructor('window.__pwned=\"template\"')()}} ${window.__pwned='template literal'}",
  "invoice\u202Egpj.exe and \u2066isolated\u2069 text",
  "line\u2028separator and \u0000nul",
] as const;

/** What hostileExport puts at the end of a 1 MB message: the cap must cut it off, and it must stay inert anyway. */
export const LONG_MESSAGE_TAIL = "<script>window.__pwned='after a megabyte'</script>";

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * A Grade Sync export whose every text field carries one of the hostile texts, with errors the catalog explains
 * (so hostile text lands in fix steps through captures), errors it does not, successes, and a 1 MB message.
 */
export function hostileExport(): string {
  const header =
    "timestamp,sis,course_id,course_name,teacher,assignment_id,assignment_name,student_id,student_name,status,message";
  const rows = HOSTILE_TEXTS.flatMap((text, i) => {
    const day = String(10 + i).padStart(2, "0");
    const base = [
      quote(`7${i}`),
      quote(`Course ${i} ${text}`),
      quote(`Teacher ${text}`),
      quote(`9${i}`),
      quote(`Quiz ${text}`),
    ];
    return [
      [
        `2025-09-${day}T08:00:00Z`,
        "aspen",
        ...base,
        quote(`s${i}`),
        quote(`Student ${text}`),
        "failed",
        quote(
          `Grading category ${text} not found in OneRoster for S-${i}. Please ensure that your assignment categories match between OneRoster and Canvas. Available grading categories are: ${text}`,
        ),
      ].join(","),
      [
        `2025-09-${day}T09:00:00Z`,
        quote(text),
        ...base,
        quote(`t${i}`),
        quote(text),
        "failed",
        quote(`Unexpected reply ${i}: ${text}`),
      ].join(","),
      [`2025-09-${day}T10:00:00Z`, "powerschool", ...base, quote(`u${i}`), quote(`Other ${text}`), "success", ""].join(
        ",",
      ),
    ];
  });
  const long = `Unexpected payload ${"A".repeat(1_048_576)}${LONG_MESSAGE_TAIL}`;
  rows.push(
    [
      "2025-09-30T08:00:00Z",
      "aspen",
      "800",
      "Long messages",
      "T",
      "801",
      "Big",
      "s-big",
      "Big One",
      "failed",
      quote(long),
    ].join(","),
  );
  return `${[header, ...rows].join("\n")}\n`;
}
