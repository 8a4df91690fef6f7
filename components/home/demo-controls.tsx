"use client";

import { DatabaseZap, Trash2 } from "lucide-react";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { workspaceApi } from "@/lib/api-client/workspace";
import { Button } from "@/components/ui/button";

/** Loads or removes the demo workspace, then re-renders the page from the server. */
export function DemoControls({ loaded }: { loaded: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const load = useMutation({ mutationFn: () => workspaceApi().loadDemo(), onSuccess: () => router.refresh() });
  const remove = useMutation({
    mutationFn: () => workspaceApi().removeDemo(),
    onSuccess: () => {
      setConfirming(false);
      router.refresh();
    },
  });

  if (!loaded)
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => load.mutate()} loading={load.isPending}>
          {!load.isPending && <DatabaseZap aria-hidden />}
          {load.isPending ? "Loading demo data…" : "Load demo data"}
        </Button>
        {load.isPending && <span className="text-sm text-muted-foreground" role="status">Replaying datasets on the simulated models — a few seconds.</span>}
      </div>
    );
  if (!confirming)
    return (
      <Button variant="outline" onClick={() => setConfirming(true)}>
        <Trash2 aria-hidden />
        Remove demo data
      </Button>
    );
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm removal">
      <span className="text-sm text-foreground">Delete everything named “Demo · …”? Your own work stays.</span>
      <Button variant="destructive" onClick={() => remove.mutate()} loading={remove.isPending}>
        {remove.isPending ? "Removing…" : "Yes, remove it"}
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
