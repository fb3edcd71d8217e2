/** Why the explorer is ending, when something other than the user's own quit key ended it. */
export type ExitCause = { kind: 'signal'; signal: NodeJS.Signals } | { kind: 'error'; error: unknown };

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'];

/**
 * Routes termination signals (kill, a dropped SSH link), uncaught errors and unhandled rejections to
 * one handler, so the terminal is restored on every way out. Returns the function that removes them.
 */
export function guardExit(onExit: (cause: ExitCause) => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => onExit({ kind: 'signal', signal });
  const onError = (error: unknown) => onExit({ kind: 'error', error });
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
  };
}
