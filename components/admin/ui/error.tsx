// The one way the dashboard shows a field's error: a paragraph the field points to with
// aria-describedby (fields.tsx and form-kit.tsx wire the ids).
export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}
