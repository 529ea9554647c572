/** The public surface of the HTTP face: the server, and the route definitions the web client's types derive from. */
export type { routes } from './routes.js';
export type { Problem, ProblemField } from './problem.js';
export { startServer } from './server.js';
export { emptyHostError, isLoopback } from './startup.js';
export { bufferedLog } from './work/index.js';
export type { RunningServer, ServeOptions } from './server.js';
export { partiesHint } from './one-party.js';
