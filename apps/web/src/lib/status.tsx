import type { ReactNode } from "react";
import type { Remote } from "./use-api.js";

/**
 * Renders a remote value: a busy note while loading, an alert on error, else `children(data)`.
 *
 * @example
 * <RemoteView remote={actor}>{(a) => <h1>{a.name}</h1>}</RemoteView>
 */
export function RemoteView<T>({
  remote,
  label,
  children,
}: {
  remote: Remote<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (remote.status === "idle") return null;
  if (remote.status === "loading")
    return (
      <p className="muted" role="status" aria-live="polite">
        Loading {label}…
      </p>
    );
  if (remote.status === "error")
    return (
      <div className="alert" role="alert">
        <strong>Could not load {label}</strong> <code>{remote.error.code}</code>
        <p>{remote.error.message}</p>
      </div>
    );
  return <>{children(remote.data)}</>;
}
