/**
 * `npm start`: the main job. Until the web workbench exists it prints the corpus summary and
 * points to the CLI.
 */
console.log('Pacta: treaties as executable, verifiable code.');
