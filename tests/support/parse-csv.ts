/** A strict RFC 4180 reader: quoted cells with "" escapes, CRLF between records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let cell = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error("unclosed quote");
        cell += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        cell += '"';
        at++;
      }
    } else {
      const end = text.slice(at).search(/,|\r\n/);
      const stop = end < 0 ? text.length : at + end;
      cell = text.slice(at, stop);
      at = stop;
    }
    row.push(cell);
    if (text[at] === ",") at++;
    else if (text.startsWith("\r\n", at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else if (at < text.length) throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
  }
  return rows;
}
