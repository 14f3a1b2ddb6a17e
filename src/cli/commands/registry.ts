/** Commands besides `pack`, one file each; add new ones here. */
import type { Command } from 'commander';

export const commands: Array<() => Command> = [];
