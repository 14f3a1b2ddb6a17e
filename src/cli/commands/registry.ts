/** Commands besides `pack`, one file each; add new ones here. */
import type { Command } from 'commander';
import { compareCommand } from './compare';
import { extractCommand } from './extract';
import { scanCommand } from './scan';

export const commands: Array<() => Command> = [scanCommand, compareCommand, extractCommand];
