import corePackage from "../package.json" with { type: "json" };

/** The tool's name and version as reports name them. */
export const TOOL = { name: "gpb-analyze", version: corePackage.version } as const;
