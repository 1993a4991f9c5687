/** A failure the user should notice now: announced by screen readers as soon as it appears. */
export function ErrorAlert({ message }: { message: string }) {
  return (
    <p role="alert" className="alert alert-error">
      {message}
    </p>
  );
}
