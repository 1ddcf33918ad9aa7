import { bootstrap } from "./app/bootstrap.tsx";

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
// In a task of its own: evaluating the app's code is already one long task on a phone, and what bootstrap starts
// (React's root, the host's and the theme's code) need not lengthen it; the browser may paint and take input between.
setTimeout(() => void bootstrap(container), 0);
