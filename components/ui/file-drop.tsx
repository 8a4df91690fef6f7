"use client";

import { Upload } from "lucide-react";
import { useId, useState, type DragEvent, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** A file picker that is also a drop zone: click (or Enter/Space) to choose, or drop a file on it.
 * The real <input type="file"> stays in the page (visually hidden), so forms, labels and tests
 * (`setInputFiles`) work on it as on any file input. */
export function FileDrop({
  accept,
  onFile,
  label = "Drop a file here, or click to choose",
  hint,
  disabled = false,
  name,
  id,
  className,
}: {
  accept?: string;
  onFile: (file: File) => void;
  label?: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  name?: string;
  id?: string;
  className?: string;
}) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const [dragging, setDragging] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);

  function take(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setChosen(file.name);
    onFile(file);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take(event.dataTransfer.files);
  }

  return (
    <label
      htmlFor={inputId}
      data-testid="file-drop"
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        "flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-border bg-muted/30 px-6 py-8 text-center text-sm transition-colors hover:border-ring/60 hover:bg-muted/60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring data-[dragging]:border-primary data-[dragging]:bg-primary/5",
        disabled && "cursor-not-allowed opacity-50",
        className,
      )}
    >
      <Upload className="size-6 text-muted-foreground" aria-hidden />
      <span className="font-medium text-foreground">{chosen ?? label}</span>
      {hint && <span className="text-xs text-muted-foreground">{hint}</span>}
      <input
        id={inputId}
        name={name}
        type="file"
        accept={accept}
        disabled={disabled}
        className="sr-only"
        onChange={(event) => {
          take(event.target.files);
          // Choosing the same file again after an error should fire again.
          event.target.value = "";
        }}
      />
    </label>
  );
}
