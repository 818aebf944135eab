// Imported first by index.tsx: once the bundle runs, the inline script's fallback message must not appear.
import { markStarted } from './boot';

markStarted();
