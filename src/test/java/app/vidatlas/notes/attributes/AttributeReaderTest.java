package app.vidatlas.notes.attributes;

import app.vidatlas.model.ReadValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a researcher would read off a slide, in English and Chinese, and what must not be read. */
class AttributeReaderTest {
    private static List<ReadValue> read(String text, String... ownNames) {
        return AttributeReader.read(List.of(new AttributeReader.Passage("notes.md", 12, text)), List.of(ownNames),
                s -> List.of());
    }

    private static Map<String, List<String>> values(List<ReadValue> read) {
        return read.stream().collect(Collectors.groupingBy(ReadValue::attribute,
                Collectors.mapping(ReadValue::value, Collectors.toList())));
    }

    @Test
    void englishSentencesGiveValuesInTheCuratedWordsWithTheirSentence() {
        List<ReadValue> read = read("""
                - Transformer-based architecture extended from DiT (class-conditioned transformer-based LDM)
                - Initialize weights from Stable Diffusion 2.1 (text-to-image model)
                - Train on WebVid-10M, resized at 256x256. Generates 16 frames; FVD 342.86 on UCF-101.
                """, "GenTron");
        Map<String, List<String>> v = values(read);
        assertThat(v.get("backbone")).containsExactly("Transformer");
        assertThat(v.get("baseModel")).containsExactly("DiT", "Stable Diffusion 2.1");
        assertThat(v.get("builtOn")).as("DiT is an architecture; Stable Diffusion a T2I model").containsExactly("T2I model");
        assertThat(v.get("datasets")).containsExactly("WebVid-10M", "UCF-101");
        assertThat(v.get("resolution")).containsExactly("256×256");
        assertThat(v.get("frames")).containsExactly("16");
        assertThat(v.get("metrics")).containsExactly("FVD 342.86");
        ReadValue dit = read.stream().filter(r -> r.value().equals("DiT")).findFirst().orElseThrow();
        assertThat(dit.evidence()).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("notes.md");
            assertThat(e.slide()).isEqualTo(12);
            assertThat(e.sentence()).isEqualTo("Transformer-based architecture extended from DiT (class-conditioned "
                    + "transformer-based LDM)");
        });
    }

    @Test
    void chineseSentencesToo() {
        Map<String, List<String>> v = values(read("""
                基本思路：（1）以 Stable Diffusion 为基础，在 latent space 工作。（2）把 SD 中的 2D 操作扩展为 3D.
                完全没有经过训练，使用 T2I Base Model 生成视频。
                使用预训练T2I模型CogView2，生成 32 帧的视频。
                """, "ModelScope"));
        assertThat(v.get("space")).containsExactly("latent");
        assertThat(v.get("baseModel")).containsExactly("Stable Diffusion", "CogView2");
        assertThat(v.get("training")).containsExactly("training-free");
        assertThat(v.get("frames")).containsExactly("32");
    }

    @Test
    void aSentenceAboutAnotherMethodSaysNothingAboutThisOne() {
        assertThat(read("ZeroScope: finetunes ModelScope on a small set of high-quality videos", "ModelScope T2V",
                "ModelScope")).noneMatch(r -> r.attribute().equals("baseModel") || r.attribute().equals("builtOn"));
        assertThat(AttributeReader.read(List.of(new AttributeReader.Passage("n.md", 3,
                "Motion-Conditioned Diffusion Model for Controllable Video Synthesis")), List.of("Text2Video-Zero"),
                s -> List.of(new AttributeReader.Named(0, "mcdiff")))).as("a row that names another paper first").isEmpty();
        assertThat(AttributeReader.read(List.of(new AttributeReader.Passage("n.md", 3,
                "Initialize weights from Stable Diffusion 2.1")), List.of("SVD"),
                s -> List.of(new AttributeReader.Named(24, "stable-diffusion"))))
                .as("another paper named as the base").anyMatch(r -> r.value().equals("Stable Diffusion 2.1"));
    }

    @Test
    void thePapersOwnNameIsNotItsBase() {
        assertThat(read("Based on Stable Video Diffusion, SVD generates 14 frames", "Stable Video Diffusion", "SVD"))
                .noneMatch(r -> r.attribute().equals("baseModel"));
    }

    @Test
    void wordsThatOnlyMentionAThingStateNothing() {
        assertThat(read("We compare with a transformer and a U-Net; latent features are shifted.", "X")).isEmpty();
        assertThat(read("Pixel-based VDM takes much larger memory than latent-based VDM", "X"))
                .noneMatch(r -> r.attribute().equals("space"));
    }

    @Test
    void aValueKeepsAtMostFiveSentencesAndLongTextIsBounded() {
        String many = "Train on WebVid-10M.\n".repeat(50);
        ReadValue webvid = read(many, "X").stream().filter(r -> r.attribute().equals("datasets")).findFirst().orElseThrow();
        assertThat(webvid.evidence()).hasSize(1).as("the same sentence on the same slide is one piece of evidence");

        String huge = "a".repeat(1_000_000) + " Train on WebVid-10M.";
        long start = System.nanoTime();
        assertThat(read(huge, "X")).as("text past the bound is not read").isEmpty();
        assertThat(System.nanoTime() - start).as("bounded in time").isLessThan(20_000_000_000L);
        String longSentence = "Train on WebVid-10M " + "and more ".repeat(200);
        assertThat(read(longSentence, "X").get(0).evidence().get(0).sentence()).hasSizeLessThanOrEqualTo(601);
    }

    @Test
    void wordsThatLookLikeCuesButSayOtherwiseAreNotRead() {
        assertThat(values(read("This method is built on Stable Diffusion 2.1.", "X")).get("baseModel"))
                .as("'This' is no other method's name").containsExactly("Stable Diffusion 2.1");
        assertThat(values(read("代码没有开源。", "X")).get("openSource")).containsExactly("no");
        assertThat(read("代码即将开源。", "X")).as("will be released is not released").isEmpty();
        assertThat(read("Rendered at 8 frames per second.", "X")).as("a frame rate is not a frame count").isEmpty();
        assertThat(read("As Davis et al. showed.", "X")).as("a person, not the DAVIS dataset").isEmpty();
        assertThat(values(read("Kinetics-400 and kinetics400; WebVid-10M and WebVid-10m.", "X")).get("datasets"))
                .containsExactly("Kinetics-400", "WebVid-10M");
    }

    private static List<String> buildsOn(String sentence, List<AttributeReader.Named> others, String... ownNames) {
        return AttributeReader.read(List.of(new AttributeReader.Passage("n.md", 4, sentence)), List.of(ownNames),
                        s -> others).stream().filter(r -> r.attribute().equals(AttributeReader.BUILDS_ON))
                .map(ReadValue::value).toList();
    }

    @Test
    void aPaperOfTheNotesNamedAfterBuiltOnIsWhatItBuildsOn() {
        assertThat(buildsOn("MicroCinema is built upon Show-1 for the second stage",
                List.of(new AttributeReader.Named(24, "show-1")), "MicroCinema")).containsExactly("show-1");
        assertThat(buildsOn("基于 AnimateDiff 和 Show-1 的视频生成", List.of(new AttributeReader.Named(3, "animatediff"),
                new AttributeReader.Named(17, "show-1")), "X")).containsExactly("animatediff", "show-1");
    }

    @Test
    void aPaperNamedWithoutBuiltOnOrAsTheSubjectIsNotABase() {
        assertThat(buildsOn("Compared with Show-1, it is faster", List.of(new AttributeReader.Named(14, "show-1")),
                "MicroCinema")).as("no builds-on phrase").isEmpty();
        assertThat(buildsOn("ZeroScope: finetunes ModelScope", List.of(new AttributeReader.Named(21, "modelscope-t2v")),
                "VideoFactory")).as("the sentence is ZeroScope's").isEmpty();
    }

    @Test
    void aModelTheMethodReplacesOrIsComparedWithIsNotItsBase() {
        assertThat(buildsOn("基于transformer的diffusion网络 U-ViT，替代传统U-Net架构。",
                List.of(new AttributeReader.Named(32, "u-net")), "U-ViT")).isEmpty();
        assertThat(read("Based on a transformer instead of Stable Diffusion's U-Net", "X"))
                .noneMatch(r -> r.attribute().equals("baseModel"));
        assertThat(read("Built on Stable Diffusion 2.1, unlike VideoCrafter", "X"))
                .filteredOn(r -> r.attribute().equals("baseModel")).extracting(ReadValue::value)
                .containsExactly("Stable Diffusion 2.1");
    }

    @Test
    void whatWasBuiltFromTheMethodAndNamesFarFromThePhraseAreNotItsBases() {
        assertThat(buildsOn("ModelScope was later fine-tuned into ZeroScope by the community",
                List.of(new AttributeReader.Named(35, "zeroscope")), "ModelScope")).as("passive: built from it").isEmpty();
        assertThat(read("ModelScope was fine-tuned into ZeroScope", "ModelScope"))
                .noneMatch(r -> r.attribute().equals("baseModel"));
        String far = "Based on a pretrained image model with temporal layers added everywhere, it is then compared with Show-1";
        assertThat(buildsOn(far, List.of(new AttributeReader.Named(far.indexOf("Show-1"), "show-1")), "X"))
                .as("named in a later clause").isEmpty();
    }
}
