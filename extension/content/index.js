// The content script: one bundle (built by `npm run build`) of the features below, on every
// LinkedIn page. Each feature registers itself with the router (the pages it runs on, its
// `init`); the order here is the order the router calls them in.

import './features/sends.js';
import './features/sent-page.js';
import './features/withdrawals.js';
import './features/profile.js';
import { prepare } from './lifetime.js';
import { start } from './router.js';

prepare();
start();
