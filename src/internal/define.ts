/** Defines `tag` unless the page already has (another copy of the library may have defined it). */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
