/** The CLI's exit codes. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;
