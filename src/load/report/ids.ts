/** Lowercase ASCII slug of a name: "TeleMessage (Smarsh)" -> "telemessage-smarsh"; at most `max` characters, cut at a hyphen. */
export function slugify(name: string, max = 60): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > max / 2 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** A slug not yet in `taken` (adds "-2", "-3" ...), recorded as taken. */
export function uniqueId(base: string, taken: Set<string>, fallback: string): string {
  const root = base || fallback;
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** Event ids in timeline order: e01, e02, ... e100. */
export function eventId(index: number): string {
  return `e${String(index + 1).padStart(2, '0')}`;
}
