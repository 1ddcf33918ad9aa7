/**
 * `npm run demo:reset`: forgets everything users did in the demo tenant by deleting its state file.
 * The seeded directory and calendar come back on the next start. Stop the dev server first: a running one
 * keeps its state in memory and writes it back on the next change.
 */
import { defaultStateFile, deleteStateFile } from "./store/state-file.ts";

const stateFile = defaultStateFile();
const deleted = await deleteStateFile(stateFile);
process.stdout.write(
  deleted
    ? `Demo tenant reset: deleted ${stateFile}.\n`
    : `Demo tenant reset: nothing to delete, ${stateFile} does not exist.\n`,
);
