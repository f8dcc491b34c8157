package app.vidatlas.notes.attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paper was trained and measured on: datasets by name, resolution ("576x1024"), frames ("16 frames", "16帧")
 * and metrics with their values ("FVD 342.86"). These are names and numbers, read where they are written.
 */
final class Measures {
    private static final Pattern DATASETS = Cue.compile("\\b(WebVid-?(?:10M|2M)?|HD-VILA(?:-100M)?|HD-VG-130M|UCF-?101"
            + "|MSR-?VTT|Kinetics-?(?:400|600|700)|LAION(?:-(?:5B|400M|2B|Aesthetics))?|Panda-?70M|InternVid|Vimeo-?25M"
            + "|SkyTimelapse|Sky Time-?lapse|TaiChi(?:-HD)?|LVD(?:-\\d+M)?|LAION-5B|MSVD|DAVIS|ActivityNet|HowTo100M"
            + "|VideoCC|Ego4D|Something-Something(?: v2)?|CelebV-HQ|MiraData|OpenVid-1M|Human3\\.6M|AMASS|HumanML3D|KIT-ML"
            + "|AIST\\+\\+|ShapeNet|Objaverse(?:-XL)?|CO3D|ImageNet|COCO|MS-COCO|FFHQ|CelebA(?:-HQ)?|VoxCeleb2?|LRS3|BEAT2?"
            + "|3DPW|Mixamo|DTU|LLFF|Mip-NeRF 360|Tanks and Temples|ScanNet|RealEstate10K|DL3DV(?:-10K)?|WebVid)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOLUTION = Pattern.compile("(?<![\\d.])(\\d{3,4})\\s*[x×*]\\s*(\\d{3,4})(?!\\d|\\.\\d)");
    private static final Pattern FRAMES = Pattern.compile("(?<![\\d.])(\\d{1,4})\\s*(?:-\\s*)?(?:frames?\\b|帧)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC = Cue.compile("\\b(FVD|FID|IS|KVD|CLIPSIM|CLIP-?SIM|CLIP[- ]?score|FID-?vid|PSNR|SSIM"
            + "|LPIPS|MPJPE|PA-MPJPE|R-Precision|MM-Dist|CLIP-T|CLIP-I)"
            + "\\s*(?:of|:|=|：|is|为|achieves?)?\\s*(\\d+(?:\\.\\d+)?)(?!\\d|\\.\\d|\\s*[x×])", 0);

    private Measures() {
    }

    /** {@code datasets}, {@code resolution}, {@code frames} and {@code metrics} values the sentence states. */
    static List<String[]> read(String sentence) {
        List<String[]> out = new ArrayList<>();
        Matcher d = DATASETS.matcher(sentence);
        while (d.find()) {
            out.add(new String[]{"datasets", dataset(d.group(1))});
        }
        Matcher r = RESOLUTION.matcher(sentence);
        while (r.find()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            if (a >= 64 && b >= 64 && a <= 8192 && b <= 8192) {
                out.add(new String[]{"resolution", a + "×" + b});
            }
        }
        Matcher f = FRAMES.matcher(sentence);
        while (f.find()) {
            int n = Integer.parseInt(f.group(1));
            if (n >= 2 && n <= 10_000) {
                out.add(new String[]{"frames", String.valueOf(n)});
            }
        }
        Matcher m = METRIC.matcher(sentence);
        while (m.find()) {
            out.add(new String[]{"metrics", metric(m.group(1)) + " " + m.group(2)});
        }
        return out;
    }

    /** One spelling per dataset: "UCF101" and "UCF-101" are one. */
    private static String dataset(String said) {
        String s = said.replaceAll("\\s+", " ");
        String u = s.toUpperCase(Locale.ROOT).replace("-", "");
        if (u.startsWith("UCF")) {
            return "UCF-101";
        }
        if (u.startsWith("MSRVTT")) {
            return "MSR-VTT";
        }
        if (u.startsWith("WEBVID")) {
            return u.length() > "WEBVID".length() ? "WebVid-" + s.substring(s.length() - 3).replace("-", "") : "WebVid";
        }
        if (u.startsWith("SKY")) {
            return "SkyTimelapse";
        }
        return s;
    }

    private static String metric(String said) {
        String u = said.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return switch (u) {
            case "CLIPSIM" -> "CLIPSIM";
            case "CLIPSCORE" -> "CLIP score";
            case "FIDVID" -> "FID-vid";
            default -> u;
        };
    }
}
