/** Bumped whenever a likelihood, threshold or rule changes, so stored results stay traceable. */
export const ENGINE_VERSION = '1.0.0';
