// QR codes of the site's own pages, drawn on the server (`uqr`, as the back office's enrolment code; no third-party
// service): SVG for the page and print, PNG (from the same matrix, `pngjs`) for people who paste it into a document.
import "server-only";
import { PNG } from "pngjs";
import { encode, renderSVG } from "uqr";
import { absoluteUrl } from "@/lib/i18n/paths";

// ECC level M survives a crease or a smudge on a printed handout; a 4-module quiet zone is what the standard asks for.
const options = { ecc: "M", border: 4 } as const;

/** The public URL a site-relative path stands for: what the code encodes. */
export function qrTarget(sitePath: string) {
  return absoluteUrl(sitePath);
}

export function qrSvg(sitePath: string): string {
  return renderSVG(qrTarget(sitePath), { ...options, pixelSize: 8 });
}

/** A black-on-white PNG, `scale` pixels per module. */
export function qrPng(sitePath: string, scale = 8): Buffer {
  const { size, data } = encode(qrTarget(sitePath), options);
  const width = size * scale;
  const png = new PNG({ width, height: width });
  for (let y = 0; y < width; y++) {
    const row = data[Math.floor(y / scale)]!;
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      png.data.fill(row[Math.floor(x / scale)] ? 0 : 255, at, at + 3);
      png.data[at + 3] = 255;
    }
  }
  // Written as 8-bit greyscale: a third of the size of RGBA.
  return PNG.sync.write(png, { colorType: 0 });
}
