/** Brings a form field into view and puts the cursor in it: what an empty state's "Create …"
 * button does when the form sits beside the list (below it on a phone). */
export function focusField(id: string) {
  const field = document.getElementById(id);
  field?.scrollIntoView({ behavior: "smooth", block: "center" });
  field?.focus({ preventScroll: true });
}
