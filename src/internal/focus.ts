/**
 * Gives the focus to the first heading in `root` (a view shown, a step done), made focusable for
 * this: a keyboard or screen reader user goes on from there, their focus never left on the page.
 */
export function focusHeading(root: ParentNode | null | undefined) {
  const heading = root?.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * Whether the focus fell back to the page: the focused control was removed (a form replaced by its
 * outcome, a select by a combobox). Focus the candidate put elsewhere does not count.
 */
export const focusLost = () => !document.activeElement || document.activeElement === document.body;
