/** "金钥匙奖 · 最美战“疫”者", but a category named as its award (金钥匙奖 in 金钥匙奖) once, not "金钥匙奖 · 金钥匙奖". */
export function revealHeading(award: string, category: string): string {
  return award.trim() === category.trim() ? award : `${award} · ${category}`;
}
