/**
 * Exports name the SIS in many ways ("PowerTeacher Pro", "Infinite Campus", "Follett Aspen", "IC"). Catalog entries
 * use fixed slugs; this maps the common spellings (folded: lower case, letters and digits only) onto them. Reading
 * uses it to find a SIS column by its values, matching to normalise a SIS's name.
 */
export const SIS_ALIASES: Readonly<Record<string, string>> = {
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
  banner: "banner",
  ellucianbanner: "banner",
  genesis: "genesis",
  progressbook: "progressbook",
  sistemic: "sistemic",
  canvas: "canvas",
};

/** The slug of a known SIS's name as a log writes it ("PowerTeacher Pro", "aspen"), or undefined. */
export function sisSlugOfName(name: string): string | undefined {
  return SIS_ALIASES[name.toLowerCase().replace(/[^a-z0-9]/g, "")];
}
