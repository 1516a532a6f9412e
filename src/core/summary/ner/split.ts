/** The dev sentences in 5 folds by id hash; fold 0 is the fixed held-out split used to check generalisation. */
export function foldOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % 5;
}

/** 1 sentence in 5 (fold 0) is held out. */
export function isHoldout(id: string): boolean {
  return foldOf(id) === 0;
}
