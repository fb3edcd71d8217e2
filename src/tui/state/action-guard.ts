/** A type guard for one feature's actions, from the list of their `type`s (a set, checked per dispatch). */
export function actionGuard<A extends { type: string }>(types: readonly A['type'][]): (action: { type: string }) => action is A {
  const known: ReadonlySet<string> = new Set(types);
  return (action): action is A => known.has(action.type);
}
