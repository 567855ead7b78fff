import { notFound } from "next/navigation";

// Any unknown path under a locale: the localized not-found page, inside the locale layout (lang, dir, header).
export default function UnknownPage() {
  notFound();
}
