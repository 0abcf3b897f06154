import { dirname, join } from "node:path"
import type { TFontDictionary } from "pdfmake/interfaces"

/** The family every document is set in. */
export const DOCUMENT_FONT = "Roboto"

const robotoDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto")

/**
 * Roboto as shipped with pdfmake (Apache License 2.0): Latin with its accented letters, Cyrillic and Greek,
 * embedded in the PDF so names print the same on every reader.
 */
export const DOCUMENT_FONTS: TFontDictionary = {
  [DOCUMENT_FONT]: {
    normal: join(robotoDir, "Roboto-Regular.ttf"),
    bold: join(robotoDir, "Roboto-Medium.ttf"),
    italics: join(robotoDir, "Roboto-Italic.ttf"),
    bolditalics: join(robotoDir, "Roboto-MediumItalic.ttf"),
  },
}

/** The font files a document may read from disk, and nothing else. */
export const FONT_FILES: ReadonlySet<string> = new Set(
  Object.values(DOCUMENT_FONTS).flatMap((faces) => Object.values(faces).filter((file): file is string => typeof file === "string"))
)
