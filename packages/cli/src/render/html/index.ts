// `@sis/cli/html`: the HTML report renderer for other tools (pure: no file system, network or process).
export { type HtmlOptions, renderHtml } from "./render-html.js";
