/** The defence network on a day and the ATOP-comparable dyad-year data, from the corpus's directed dyads. */
export { codedDyads, type CodedDyads } from './dyads.js';
export { CODEBOOK, networkAt } from './network.js';
export { dyadYears, type YearRange } from './years.js';
export { DYAD_YEAR_COLUMNS, EDGE_COLUMNS, dyadYearsCsv, networkEdgesCsv } from './csv.js';
