import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: [
          "/admin",
          "/api/",
          "/*/search",
          "/*/internal-404",
          "/*/countries/filter",
          "/*/share",
          "/*/handout",
          "/*/internal-share",
          "/*/internal-handout",
        ],
      },
    ],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
