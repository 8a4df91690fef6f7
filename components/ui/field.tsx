import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import { Input } from "./input";
import { NativeSelect } from "./native-select";

/** A label above its control, with an optional hint below. */
export function Field({ label, htmlFor, hint, className, children }: { label: string; htmlFor: string; hint?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={cn("grid gap-1.5", className)}>
      <label htmlFor={htmlFor} className="text-sm font-medium text-foreground">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
    </div>
  );
}

export function TextField({ label, id, hint, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string; hint?: ReactNode }) {
  return (
    <Field label={label} htmlFor={id} hint={hint} className={className}>
      <Input id={id} {...props} />
    </Field>
  );
}

export function SelectField({
  label,
  id,
  options,
  hint,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; id: string; options: readonly string[]; hint?: ReactNode }) {
  return (
    <Field label={label} htmlFor={id} hint={hint} className={className}>
      <NativeSelect id={id} {...props}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
    </Field>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      data-testid="form-error"
      className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive"
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{message}</span>
    </p>
  );
}
