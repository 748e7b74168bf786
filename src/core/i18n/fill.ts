/**
 * `template` with each `{name}` replaced by `params[name]`; a placeholder without a value stays as
 * written, so a missing parameter shows in the text instead of vanishing. Every message table
 * (server, sidebar, reports, import, alerts, setup) fills its templates here.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `text` without its closing full stop, for placing inside a sentence of ours that ends with its own. */
export function withoutFullStop(text: string): string {
  return text.replace(/[.。]\s*$/, '');
}
