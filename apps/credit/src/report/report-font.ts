import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '@integrity/subgraph-kit';

/**
 * The Chinese font embedded in credit reports: CREDIT_REPORT_FONT (a .ttf/.otf, or a .ttc with
 * CREDIT_REPORT_FONT_NAME naming the face), else Debian's fonts-noto-cjk. Read once; pdfkit embeds only the
 * glyphs a report uses. Without one a report cannot be drawn, and asking for it says so (nothing is issued).
 */
const DEFAULTS = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', name: 'NotoSerifCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', name: 'WenQuanYiMicroHei' },
];

export interface ReportFont {
  data: Buffer;
  /** The face within a collection (.ttc); undefined for a single font file. */
  name: string | undefined;
}

let cached: ReportFont | null = null;

export function reportFont(env: NodeJS.ProcessEnv = process.env): ReportFont {
  if (cached) return cached;
  const configured = env.CREDIT_REPORT_FONT
    ? [{ path: env.CREDIT_REPORT_FONT, name: env.CREDIT_REPORT_FONT_NAME || undefined }]
    : DEFAULTS;
  const found = configured.find((f) => existsSync(f.path));
  if (!found)
    throw new AppError(
      'DEPENDENCY_UNAVAILABLE',
      'DEPENDENCY_DOWN',
      'no Chinese font for credit reports: install fonts-noto-cjk or set CREDIT_REPORT_FONT',
    );
  cached = { data: readFileSync(found.path), name: found.path.endsWith('.ttc') ? found.name : undefined };
  return cached;
}
