import type { MetadataRoute } from "next";
import messages from "@/messages/en.json";
import { defaultLocale } from "@/lib/i18n/locales";

// The web app manifest (/manifest.webmanifest): name, colours and icons for a phone's home screen. The start page is the
// default language's home; the site's own redirect at / would pick the reader's language, but a manifest cannot vary.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${messages.meta.siteName}: ${messages.meta.tagline}`,
    short_name: messages.meta.siteName,
    description: messages.meta.homeDescription,
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b4f8a",
    lang: defaultLocale,
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any", purpose: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192", purpose: "any" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
