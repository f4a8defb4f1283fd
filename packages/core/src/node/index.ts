// Node.js edge of @sis/core: reading files, stdin and catalog directories. The analysis itself stays pure.

export type { LoadedCatalog } from "../catalog/load-catalog.js";
export {
  BUILTIN_CATALOG_NAME,
  builtinCatalogDir,
  type CatalogDirRead,
  type LoadCatalogFromDirsOptions,
  loadCatalogFromDirs,
  readCatalogDir,
} from "./catalog-dir.js";
export { anyProvisioning, expandFolders, type InputPath } from "./folders.js";
export { openInput, STDIN_NAME } from "./read-input.js";
