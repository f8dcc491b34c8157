package app.vidatlas.notes;

import app.vidatlas.model.Citation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each style the notes book writes citations in, read from an example of it (spans as the inline text gives them). */
class CitationRecognizerTest {

    private static Citation read(String span) {
        return CitationRecognizer.whole(span).orElseThrow(() -> new AssertionError("no citation read from: " + span))
                .citation();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // span | title | authors | venue | year
            "Zhang et al., “Show-1: Marrying Pixel and Latent Diffusion Models for Text-to-Video Generation,” arXiv 2023. | Show-1: Marrying Pixel and Latent Diffusion Models for Text-to-Video Generation | Zhang et al. | arXiv | 2023",
            "Blattmann et al., \"Align your Latents: High-Resolution Video Synthesis\", CVPR 2023 | Align your Latents: High-Resolution Video Synthesis | Blattmann et al. | CVPR | 2023",
            "Zhang et al. “Adding Conditional Control to Text-to-Image Diffusion Models.” ICCV 2023 | Adding Conditional Control to Text-to-Image Diffusion Models | Zhang et al. | ICCV | 2023",
            "Molad et al, “Dreamix: Video Diffusion Models are General Video Editors” | Dreamix: Video Diffusion Models are General Video Editors | Molad et al. | | ",
            "Wang et al.,\"Score Jacobian Chaining: Lifting Pretrained 2D Diffusion Models for 3D Generation\", CVPR 2023 | Score Jacobian Chaining: Lifting Pretrained 2D Diffusion Models for 3D Generation | Wang et al. | CVPR | 2023",
            "Wang et al., \"ProlificDreamer: High-Fidelity and Diverse Text-to-3D Generation with Variational Score Distillation\", | ProlificDreamer: High-Fidelity and Diverse Text-to-3D Generation with Variational Score Distillation | Wang et al. | | ",
            "Jun and Nichol, \"Shap-E: Generating Conditional 3D Implicit Functions\", arXiv 2023 | Shap-E: Generating Conditional 3D Implicit Functions | Jun and Nichol | arXiv | 2023",
            "Jiménez, \"Mixture of Diffusers for scene composition and high resolution image generation\", arXiv 2023 | Mixture of Diffusers for scene composition and high resolution image generation | Jiménez | arXiv | 2023",
            "🔎 Karras et al., \"Elucidating the Design Space of Diffusion-Based Generative Models\", NeurIPS 2022 link | Elucidating the Design Space of Diffusion-Based Generative Models | Karras et al. | NeurIPS | 2022",
            "Yang et al., \"Learning a Diffusion Prior for NeRFs\", ICLR Workshop 2023 | Learning a Diffusion Prior for NeRFs | Yang et al. | ICLR Workshop | 2023",
            "🔎 \"Flow Matching for Generative Modeling\" Lipman el al. (2022) | Flow Matching for Generative Modeling | Lipman et al. | | 2022",
            "🔎 “One Step Diffusion via Shortcut Models” Frans et al. (2024) | One Step Diffusion via Shortcut Models | Frans et al. | | 2024",
            "Moritz Einfalt, Katja Ludwig, and Rainer Lienhart. Uplift and Upsample: Efficient 3D Human Pose Estimation with Uplifting Transformers. WACV, 2023. | Uplift and Upsample: Efficient 3D Human Pose Estimation with Uplifting Transformers | Moritz Einfalt, Katja Ludwig, and Rainer Lienhart | WACV | 2023",
            "[4] Feilong Chen, Minglun Han, Haozhi Zhao, Qingyang Zhang, Jing Shi, Shuang Xu, and Bo Xu. X-llm: Bootstrapping advanced large language models by treating multi-modalities as foreign languages. arXiv preprint arXiv:2305.04160, 2023. 17 | X-llm: Bootstrapping advanced large language models by treating multi-modalities as foreign languages | Feilong Chen, Minglun Han, Haozhi Zhao, Qingyang Zhang, Jing Shi, Shuang Xu, and Bo Xu | arXiv | 2023",
            "[3] Tom Brown, Benjamin Mann, Nick Ryder, Jared D Kaplan, Amanda Askell, et al. Language models are few-shot learners. Advances in neural information processing systems, 33:1877–1901, 2020. 5,6 | Language models are few-shot learners | Tom Brown, Benjamin Mann, Nick Ryder, Jared D Kaplan, Amanda Askell et al. | Advances in neural information processing systems | 2020",
            "[5] Together Computer. Redpajama-data: An open source recipe to reproduce llama training dataset, 2023. 10 | Redpajama-data: An open source recipe to reproduce llama training dataset | Together Computer | | 2023",
            "[2] Anas Awadalla, Irena Gao, and Ludwig Schmidt. Openflamingo, March 2023. 13, 18, 19 | Openflamingo | Anas Awadalla, Irena Gao, and Ludwig Schmidt | | 2023",
            "[9] Yizhong Wang, Iz Beltagy, et al. How far can camels go? exploring the state of instruction tuning on open resources. arXiv preprint arXiv:2306.04751, 2023. | How far can camels go? exploring the state of instruction tuning on open resources | Yizhong Wang, Iz Beltagy et al. | arXiv | 2023",
    })
    void readsEveryStyle(String span, String title, String authors, String venue, Integer year) {
        Citation c = read(span);
        assertEquals(title, c.title(), "title of: " + span);
        assertEquals(authors, c.authors(), "authors of: " + span);
        assertEquals(venue, c.venue(), "venue of: " + span);
        assertEquals(year, c.year(), "year of: " + span);
    }

    @Test
    void aNameBeforeTheAuthorsIsKeptApartFromThem() {
        Citation c = read("Imagen: Saharia et al., “Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding,” arXiv 2022.");
        assertEquals("Imagen", c.prefix());
        assertEquals("Saharia et al.", c.authors());
    }

    @Test
    void breaksLeftByCopyingFromAPdfAreMended() {
        Citation c = read("[45] Hugo Touvron, Timo\uFFFEthée Lacroix, and Faisal Azhar. Llama: Open and efficient "
                + "foundation language models. arXiv preprint arXiv:2302.13971, 2023.");
        assertEquals("Hugo Touvron, Timothée Lacroix, and Faisal Azhar", c.authors());
        assertEquals("DiffFit: Simple Parameter-Efficient Fine-tuning", read("Xie et al., “DiffFit: Simple "
                + "Parameter\uFFFEEfficient Fine-tuning,” ICCV 2023").title());
    }

    @Test
    void aNumberedEntryKeepsItsNumber() {
        assertEquals(4, CitationRecognizer.whole("[4] Feilong Chen, and Bo Xu. X-llm: Bootstrapping. arXiv, 2023.")
                .orElseThrow().marker());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "在所有帧上做 attention 开销比较大。",
            "Stable Video Diffusion, AnimateDiff and LaVie. They all train on WebVid in 2023.",
            "“a corgi running on the beach,” 2023",
            "Song and Ermon, NeurIPS, 2019",
            "Task: human vision reconstruction via fMRI signal-guided video generation",
            "Text2Video-Zero. Uses a pretrained model released in 2023.",
    })
    void aSentenceIsNotACitation(String span) {
        assertTrue(CitationRecognizer.whole(span).isEmpty(), () -> "read as a citation: " + span);
    }

    @Test
    void bracketedReferencesInRunningTextNameTheirPapers() {
        List<CitedPaper> found = InlineReferences.findAll(
                "CameraCtrl[He等人2025a]将相机运动编码到U-Net骨干网络的注意力层中；TrajectoryCrafter[Yu等人2025]沿预定义的相机路径。");
        assertEquals(List.of("CameraCtrl", "TrajectoryCrafter"), found.stream().map(CitedPaper::title).toList());
        assertEquals("He et al.", found.get(0).citation().authors());
        assertEquals(2025, found.get(0).citation().year());
    }

    @Test
    void aNameCellWithItsReferenceGivesTheNameAsTitleAndTheAuthorsApart() {
        CitedPaper atom = CitationRecognizer.all("ATOM [Zhai et al., 2023]").get(0);
        assertEquals("ATOM", atom.title());
        assertEquals("Zhai et al.", atom.citation().authors());
        assertEquals(2023, atom.citation().year());
        assertEquals("DiffGesture", CitationRecognizer.all("DiffGesture [Zhu et al.]").get(0).title());
        assertTrue(CitationRecognizer.all("Lumiere [demo]").isEmpty());
    }

    @Test
    void aTitleWithANumberedMarkerPointsAtTheReferenceList() {
        CitedPaper p = InlineReferences.numbered("X-LLM: Bootstrapping Advanced Large Language Models [4]");
        assertEquals(4, p.marker());
        assertEquals("X-LLM: Bootstrapping Advanced Large Language Models", p.title());
    }

    @Test
    void citationLikeLinesAreToldApartFromProse() {
        assertTrue(CitationRecognizer.looksCited("3D模型（Song et al., 2020; Thies et al., 2020）"));
        assertFalse(CitationRecognizer.looksCited("当前帧只与上帧和前一帧做 attention，大大减少计算量。"));
    }
}
