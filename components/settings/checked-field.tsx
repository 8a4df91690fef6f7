import type { ReactElement } from "react";
import { cloneElement } from "react";
import { CircleAlert } from "lucide-react";

/** A labelled control with its own reason under it when it is refused; the control is marked
 * aria-invalid and described by the reason, so a screen reader reads why. */
export function CheckedField({ label, id, error, children }: { label: string; id: string; error?: string; children: ReactElement<Record<string, unknown>> }) {
  const errorId = `${id}-error`;
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-foreground">
        {label}
      </label>
      {cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? errorId : undefined })}
      {error && (
        <p id={errorId} className="flex items-start gap-1 text-xs text-destructive" data-testid="field-error" data-field={id}>
          <CircleAlert className="mt-px size-3.5 shrink-0" aria-hidden />
          {error}
        </p>
      )}
    </div>
  );
}
