/** A text with the given words marked: the words a task or requirement and the evidence sentence share. */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  const marked = [...words]
    .filter((w) => w.length > 0 && text.includes(w))
    .sort((a, b) => b.length - a.length);
  if (marked.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${marked.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return <>{text.split(pattern).map((part) => (marked.includes(part) ? <mark>{part}</mark> : part))}</>;
}

/** A statement (task or requirement) and the evidence sentence that says the same, side by side, shared words marked. */
export function SaysSame({
  statement,
  evidence,
  labels,
}: {
  statement: string;
  evidence: { sentence: string; words: readonly string[] };
  /** The two labels and the colon after each, in the page's language (`m.colon`). */
  labels: { statement: string; evidence: string; colon: string };
}) {
  return (
    <span class="says-same">
      <span class="muted">
        {labels.statement}
        {labels.colon}
      </span>
      <Highlighted text={statement} words={evidence.words} />
      <br />
      <span class="muted">
        {labels.evidence}
        {labels.colon}
      </span>
      <Highlighted text={evidence.sentence} words={evidence.words} />
    </span>
  );
}
