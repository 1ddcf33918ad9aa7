import { beginStartup, bootstrap } from "./app/bootstrap.tsx";

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
// The host, and the sign-in's and theme's code, start now, at the end of the task that evaluated the app's code, not a
// task later: they are on the way to the first screen.
const startup = beginStartup();
// Bootstrap in a task of its own: evaluating the app's code is already one long task on a phone, and what bootstrap
// does (React's root, sign-in, the first render) need not lengthen it; the browser may paint and take input between.
setTimeout(() => void bootstrap(container, startup), 0);
