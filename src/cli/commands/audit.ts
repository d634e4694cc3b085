import { CliUsageError, type Command } from '../io.js';

/** `likestilling audit`: not implemented yet (placeholder owned by its issue). */
export const auditCommand: Command = async () => {
  throw new CliUsageError('the audit command is not implemented yet');
};
