/**
 * Exports name the SIS in many ways ("PowerTeacher Pro", "Infinite Campus", "Follett Aspen", "IC"). Catalog entries
 * use fixed slugs; this maps the common spellings onto them. Unknown names fall through lower-cased and hyphenated.
 */
const ALIASES: Readonly<Record<string, string>> = {
  powerschool: "powerschool",
  powerteacher: "powerschool",
  powerteacherpro: "powerschool",
  ptp: "powerschool",
  ps: "powerschool",
  infinitecampus: "infinite-campus",
  ic: "infinite-campus",
  campus: "infinite-campus",
  aspen: "aspen",
  follettaspen: "aspen",
  aeries: "aeries",
  aeriessis: "aeries",
  skyward: "skyward",
  skywardsms: "skyward",
  qmlativ: "qmlativ",
  skywardqmlativ: "qmlativ",
  synergy: "synergy",
  edupointsynergy: "synergy",
  focus: "focus",
  focussis: "focus",
  pinnacle: "pinnacle",
  aspire: "aspire",
  utahaspire: "aspire",
  schooltool: "schooltool",
  eschoolplus: "eschoolplus",
  eschool: "eschoolplus",
  blackbaud: "blackbaud",
  canvas: "canvas",
};

export function normalizeSis(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key === "") return undefined;
  return ALIASES[key] ?? name.trim().toLowerCase().replace(/\s+/g, "-");
}
