/** The public surface of export: Akoma Ntoso, JSON, CSV and the literate rendering; what other parts import. */
export { exportAkn } from './akn/index.js';
export { exportInputs } from './common/input.js';
export { exportCsv } from './csv/index.js';
export { exportJson } from './json/index.js';
export { TreatyExport, exportJsonSchemaText } from './json/schema.js';
export { buildLiterate } from './literate/build.js';
export { literateHtml } from './literate/html.js';
export { literateMarkdown } from './literate/markdown.js';
export { codedDyads, dyadYears, dyadYearsCsv, networkAt, networkEdgesCsv, type CodedDyads, type YearRange } from './dyad-years/index.js';
