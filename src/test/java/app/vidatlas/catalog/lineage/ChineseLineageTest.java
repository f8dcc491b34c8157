package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A note written in Chinese: "基于", "在 … 上 finetune" and "使用预训练 … 模型" make builds-on edges with their sentences. */
class ChineseLineageTest {
    @TempDir
    Path notes;

    @Test
    void chineseCuesMakeEdgesToPapersOfTheNotesAndToModelsOutsideThem() throws IOException {
        Files.writeString(notes.resolve("zh.md"), """
                # 视频生成

                P10
                ## MotionBase

                一个运动先验模型

                Li et al., “MotionBase: Learning Motion Priors for Video Generation,” arXiv 2023.

                P11
                ## FlowMaker

                 - 基于 MotionBase 的运动模块, 加入光流条件
                 - 另外对比了 Show-1 的效果

                Wang et al., “FlowMaker: Optical Flow Guided Video Generation,” arXiv 2024.

                P12
                ## OldCog

                 - 使用预训练T2I模型CogView2

                Ding et al., “OldCog: Text-to-Video Generation from a Pretrained Image Model,” arXiv 2022.
                """);
        Catalog catalog = TestCatalogs.load(List.of(NoteLocation.of(notes)));
        Lineage lineage = Lineage.of(catalog, CrossReferences.of(catalog));

        String flowMaker = id(catalog, "FlowMaker");
        String motionBase = id(catalog, "MotionBase");
        LineageEdge e = lineage.from(flowMaker).stream().filter(x -> x.to().equals(motionBase)).findFirst().orElseThrow(
                () -> new AssertionError("FlowMaker → MotionBase not read: " + lineage.edges()));
        assertThat(e.kind()).isEqualTo(EdgeKind.BUILDS_ON);
        assertThat(e.evidence().get(0).sentence()).contains("基于 MotionBase");
        assertThat(e.evidence().get(0).slide()).isEqualTo(11);

        String oldCog = id(catalog, "OldCog");
        assertThat(lineage.from(oldCog)).anySatisfy(x -> {
            assertThat(x.to()).isEqualTo("outside:cogview2");
            assertThat(x.evidence().get(0).sentence()).contains("使用预训练T2I模型CogView2");
        });
        assertThat(lineage.from(motionBase)).as("a paper built on is not itself building on anything").isEmpty();
    }

    private static String id(Catalog catalog, String name) {
        return catalog.papers().stream().filter(p -> p.shortName().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + catalog.papers().stream().map(p -> p.shortName()).toList()))
                .id();
    }
}
