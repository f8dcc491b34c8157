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
    private static final Pattern DATASETS = Cue.compile("\\b(webvid-?(?:10m|2m)?|hd-vila(?:-100m)?|hd-vg-130m|ucf-?101"
            + "|msr-?vtt|kinetics-?(?:400|600|700)|laion(?:-(?:5b|400m|2b|aesthetics))?|panda-?70m|internvid|vimeo-?25m"
            + "|skytimelapse|sky time-?lapse|taichi(?:-hd)?|lvd(?:-\\d+m)?|laion-5b|msvd|activitynet|howto100m"
            + "|videocc|ego4d|something-something(?: v2)?|celebv-hq|miradata|openvid-1m|human3\\.6m|humanml3d|kit-ml"
            // Not "amass" or "beat": words before they are datasets, and the names are matched lower-cased.
            + "|aist\\+\\+|shapenet|objaverse(?:-xl)?|co3d|imagenet|coco|ms-coco|ffhq|celeba(?:-hq)?|voxceleb2?|lrs3"
            + "|3dpw|mixamo|dtu|llff|mip-nerf 360|tanks and temples|scannet|realestate10k|dl3dv(?:-10k)?|webvid)\\b",
            0);
    private static final Pattern DAVIS = Cue.compile("\\bDAVIS\\b", 0);
    private static final Pattern RESOLUTION = Pattern.compile("(?<![\\d.])(\\d{3,4})\\s*[x×*]\\s*(\\d{3,4})(?!\\d|\\.\\d)");
    private static final Pattern FRAMES = Pattern.compile("(?<![\\d.])(\\d{1,4})\\s*(?:-\\s*)?(?:frames?\\b(?!\\s*(?:per|/)\\s*s)|帧(?!每秒|/秒))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC = Cue.compile("\\b(FVD|FID|IS|KVD|CLIPSIM|CLIP-?SIM|CLIP[- ]?score|FID-?vid|PSNR|SSIM"
            + "|LPIPS|MPJPE|PA-MPJPE|R-Precision|MM-Dist|CLIP-T|CLIP-I)"
            + "\\s*(?:of|:|=|：|is|为|achieves?)?\\s*(\\d+(?:\\.\\d+)?)(?!\\d|\\.\\d|\\s*[x×])", 0);

    private Measures() {
    }

    /** {@code datasets}, {@code resolution}, {@code frames} and {@code metrics} values the sentence states. */
    static List<String[]> read(String sentence, String lower) {
        List<String[]> out = new ArrayList<>();
        // The names are matched in the lower-cased sentence (a case-blind expression is several times slower) and
        // read back from the sentence itself, whose letters are at the same places where lower-casing kept them.
        boolean samePlaces = lower.length() == sentence.length();
        Matcher d = DATASETS.matcher(lower);
        while (d.find()) {
            out.add(new String[]{"datasets", dataset(samePlaces ? sentence.substring(d.start(1), d.end(1)) : d.group(1))});
        }
        // DAVIS by its capitals only: "Davis et al." is a person.
        Matcher davis = DAVIS.matcher(sentence);
        while (davis.find()) {
            out.add(new String[]{"datasets", "DAVIS"});
        }
        if (lower.chars().noneMatch(Character::isDigit)) {
            return out;   // resolutions, frames and metric values are numbers
        }
        Matcher r = RESOLUTION.matcher(sentence);
        while (r.find()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            if (a >= 64 && b >= 64 && a <= 8192 && b <= 8192) {
                out.add(new String[]{"resolution", a + "×" + b});
            }
        }
        Matcher f = BaseModels.has(lower, "frame", "帧") ? FRAMES.matcher(sentence) : FRAMES.matcher("");
        while (f.find()) {
            int n = Integer.parseInt(f.group(1));
            if (n >= 2 && n <= 10_000) {
                out.add(new String[]{"frames", String.valueOf(n)});
            }
        }
        Matcher m = BaseModels.has(sentence, "FVD", "FID", "IS", "KVD", "CLIP", "PSNR", "SSIM", "LPIPS", "MPJPE",
                "R-Precision", "MM-Dist") ? METRIC.matcher(sentence) : METRIC.matcher("");
        while (m.find()) {
            out.add(new String[]{"metrics", metric(m.group(1)) + " " + m.group(2)});
        }
        return out;
    }

    /** One spelling per dataset: "UCF101" and "UCF-101" are one, "Kinetics400" and "Kinetics-400", "10m" and "10M". */
    private static String dataset(String said) {
        String s = said.replaceAll("\\s+", " ");
        String u = s.toUpperCase(Locale.ROOT).replace("-", "");
        java.util.regex.Matcher named = Pattern.compile("(?i)^(kinetics|panda|vimeo|hd-?vila|lvd|openvid)-?(\\d+[a-z]?)$")
                .matcher(s);
        if (named.find()) {
            String name = named.group(1).toLowerCase(Locale.ROOT);
            String proper = switch (name) {
                case "kinetics" -> "Kinetics";
                case "panda" -> "Panda";
                case "vimeo" -> "Vimeo";
                case "lvd" -> "LVD";
                case "openvid" -> "OpenVid";
                default -> "HD-VILA";
            };
            return proper + "-" + named.group(2).toUpperCase(Locale.ROOT);
        }
        if (u.startsWith("UCF")) {
            return "UCF-101";
        }
        if (u.startsWith("MSRVTT")) {
            return "MSR-VTT";
        }
        if (u.startsWith("WEBVID")) {
            return u.length() > "WEBVID".length() ? "WebVid-" + u.substring("WEBVID".length()) : "WebVid";
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
