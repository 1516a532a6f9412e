/** The fixed dev split used to check generalisation: 1 sentence in 5 (by id hash) is held out. */
export function isHoldout(id: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % 5 === 0;
}
