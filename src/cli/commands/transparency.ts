import type { CommandRun } from '../_lib/command.js';
export const transparencyCommand: CommandRun = async () => 2;
