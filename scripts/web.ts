import { buildApp, runWebMode } from './build-app';

/** `npm run web -- [--port N] [--host H] [--data-dir DIR] [--today YYYY-MM-DD]`: browser mode. */
buildApp();
runWebMode(process.argv.slice(2));
