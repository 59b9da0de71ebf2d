/**
 * iDempiere REST's slugs: the name lower-cased, whitespace and punctuation (but `-` and `_`) as `-`, accents
 * and other non-word characters dropped, runs of `-` collapsed, none at either end (`Bank/Cash` → `bank-cash`,
 * `Window, Tab & Field` → `window-tab-field`). Windows, tabs and info windows are addressed by them.
 */
export function slugify(name: string): string {
  return name
    .replace(/[\s!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~]/g, '-')
    .normalize('NFD')
    .replace(/[^\w-]/g, '')
    .toLowerCase()
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}
