/** The digital / green / new-in-2022 markers of an occupation. */
import { type Lang, messages } from '../i18n.js';

export function OccupationTags({
  lang,
  occupation,
}: {
  lang: Lang;
  occupation: { digital: boolean; green: boolean; isNew: boolean };
}) {
  const m = messages(lang);
  return (
    <>
      {occupation.digital && <span class="tag digital">{m.digital}</span>}
      {occupation.green && <span class="tag green">{m.green}</span>}
      {occupation.isNew && <span class="tag new">{m.isNew}</span>}
    </>
  );
}
