// vitest globalSetup: one line in the output saying whether the corpus-wide checks run.
import { SHARED_NOTE } from './shared-corpus.mjs';

export default function setup(): void {
  console.log(`\n${SHARED_NOTE}\n`);
}
