// A title as part of a file name, one rule for every file Concord writes (exports, packages,
// reports, rubrics): letters and digits of any script joined by hyphens, accents dropped, at most
// 60 characters, and a plain word when nothing is left.

export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
