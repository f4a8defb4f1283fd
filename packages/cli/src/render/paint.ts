/** ANSI styles, or identity functions when colour is off, so renderers never test the flag themselves. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function createPaint(colour: boolean): Paint {
  if (!colour) return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
  return { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), green: style(32, 39), yellow: style(33, 39) };
}
