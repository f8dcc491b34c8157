package app.vidatlas.notes.attributes;

import java.util.List;

/**
 * The phrases, in English and Chinese, that state a paper's backbone, generation space, training and conditions,
 * with the curated metadata's words for the values (data/papers.json), so that what is read and what is curated
 * compare. Each was checked against the bundled notes and the notes book (docs/extraction.md): a phrase that also
 * describes other papers on the same slide ("unlike pixel-based VDMs") is left out rather than kept and wrong.
 */
final class Cues {
    private Cues() {
    }

    static final List<Cue> ALL = List.of(
            // Backbone: the denoiser's architecture.
            Cue.of("backbone", "Transformer", "transformer|dit|vit", "\\btransformer[- ]based (?:diffusion|denoising|architecture|backbone|model)"
                    + "|\\bdiffusion transformers?\\b|\\bDiT[- ]based\\b|\\bextended from DiT\\b|\\bDiT (?:backbone|architecture)"
                    + "|\\b(?:spatio-?temporal|video|space-?time) transformer\\b|基于\\s*(?:DiT|Transformer)|Transformer\\s*(?:架构|结构|骨干)"
                    + "|以\\s*(?:ViT|DiT|Transformer)\\s*为\\s*backbone|\\b(?:ViT|DiT|Transformer) backbone\\b"),
            Cue.of("backbone", "U-Net", "unet|u-net", "\\b(?:3D |spatio-?temporal |space-?time |video |factori[sz]ed |inflated )?U-?Net"
                    + "(?:[- ]based| backbone| architecture| denoiser)\\b|\\b(?:3D|spatio-?temporal|video) U-?Net\\b"
                    + "|\\bU-?Net\\s*(?:架构|结构|骨干)|基于\\s*U-?Net"),
            // Generation space: where the diffusion runs.
            Cue.of("space", "both", "pixel", "\\b(?:both|marr(?:y|ies|ying)|combin(?:e|es|ing)) pixel[- ]?(?:and|&) latent"
                    + "|\\bpixel[- ](?:and|&) latent[- ](?:domain|space|diffusion|based)|pixel\\s*(?:和|与)\\s*latent"),
            Cue.of("space", "latent", "latent|隐空间|潜空间", "\\b(?:in|on|into|within|operat\\w* in|works? in|run\\w* in) (?:the |a |(?:a )?(?:compressed|"
                    + "low-dimensional|unified image/video|video|spatio-?temporal) )?latent space\\b|\\blatent (?:video )?diffusion model\\b"
                    + "|在\\s*latent\\s*space\\s*(?:工作|中|上|进行)|在\\s*(?:隐|潜)空间"),
            Cue.of("space", "pixel", "pixel|像素", "\\b(?:in|on|within|operat\\w* in|works? in) (?:the )?pixel space\\b|\\bpixel[- ]space diffusion"
                    + "|在\\s*(?:pixel\\s*space|像素空间)\\s*(?:工作|中|上|进行)"),
            // Training: what the method does to its model.
            Cue.of("training", "training-free", "train|tun|optimi|zero-shot|训练", "\\btraining[- ]free\\b|\\bwithout (?:any )?(?:training|fine-?tuning|optimi[sz]ation)\\b"
                    + "|\\bzero-shot (?:[\\w-]+ ){0,2}video (?:generat|edit)|\\bno (?:additional |extra )?training\\b|无需(?:任何)?训练|免训练|不需要(?:任何)?训练"
                    + "|没有经过(?:任何)?训练"),
            Cue.of("training", "tuned", "tun|freez|fix|冻结", "\\b(?:one|few)-shot (?:video )?tuning\\b|\\btest-time tuning\\b|\\bfreez(?:e|es|ing) the "
                    + "(?:pretrained |pre-trained |original |base |image |T2I )+(?:model|weights|layers|U-?Net)"
                    + "|\\bfix(?:es|ed)? (?:the )?(?:pretrained|original|base) (?:model|weights)|fix\\s*原模型|冻结(?:原|预训练)"),
            Cue.of("training", "trained", "scratch|从头|从零", "\\btrain(?:ed|s)? from scratch\\b|从头(?:开始)?训练|从零(?:开始)?训练"),
            // Conditions: what a generation is conditioned on.
            Cue.of("conditions", "text", "text|t2v|文生|文本", "\\btext[- ]to[- ](?:video|3D|motion|speech)\\b|\\btext[- ]to[- ]image\\b(?! (?:diffusion )?models?)|\\bT2V\\b|\\btext[- ](?:conditioned|guided|driven|prompt)"
                    + "|\\btext-based video edit|文生(?:视频|3D|动作)|文生图(?!\\S{0,6}模型)|文本(?:生成视频|引导|控制|条件|驱动)"),
            Cue.of("conditions", "image", "image|i2v|frame|photo|图", "\\bimage[- ]to[- ]video\\b|\\bI2V\\b|\\bimage[- ](?:conditioned|guided) video"
                    + "|\\b(?:first|input|reference|conditioning) (?:frame|image) (?:as )?(?:condition|input)|\\bimage[- ]to[- ](?:image|3D)\\b"
                    + "|\\bfrom a single (?:image|photo)\\b|图生(?:视频|3D)|图像(?:生成视频|条件|驱动)|单张?(?:图片|图像)"),
            Cue.of("conditions", "audio", "audio|sound|music|speech|voice|音频|声音|语音|音乐", "\\b(?:audio|sound|music)[- ](?:to[- ]video|driven|conditioned|guided)\\b"
                    + "|\\bconditioned on (?:the )?(?:audio|sound|music)\\b|\\b(?:speech|voice)[- ]driven\\b|音频(?:驱动|引导|控制|条件)"
                    + "|(?:声音|语音|音乐)(?:驱动|引导|控制)"),
            Cue.of("conditions", "pose", "pose|skeleton|姿态", "\\bpose[- ](?:guided|conditioned|driven|control|sequence)|\\bskeleton[- ]guided|姿态(?:引导|控制|驱动)"),
            Cue.of("conditions", "depth", "depth|深度", "\\bdepth[- ](?:guided|conditioned|map(?:s)? as (?:condition|control))|\\bdepth control|深度图?(?:引导|控制)"),
            Cue.of("conditions", "motion", "motion|运动", "\\bmotion[- ](?:guided|conditioned|control(?:lable)?)\\b|\\bmotion (?:trajector(?:y|ies)|field) "
                    + "as (?:condition|input)|运动(?:引导|控制|条件)"),
            Cue.of("conditions", "trajectory", "trajector|drag|轨迹", "\\btrajector(?:y|ies)[- ](?:guided|conditioned|control|based control)|\\bdrag[- ]based|轨迹(?:引导|控制)"),
            Cue.of("conditions", "brain signals", "fmri|eeg|brain|脑", "\\bfMRI\\b|\\bEEG\\b|\\bbrain (?:signal|activit|recording)|脑(?:信号|电)"),
            Cue.of("conditions", "video", "video-to|video to|video-driven|video driven|v2v|视频到|视频驱动", "\\bvideo[- ]to[- ]video\\b|\\bV2V\\b|视频到视频|视频驱动|\\bvideo[- ]driven\\b"),
            Cue.of("conditions", "camera", "camera|相机|镜头", "\\bcamera[- ](?:control(?:led|lable)?|conditioned|guided|pose control)|相机(?:控制|位姿控制)|镜头控制"),
            Cue.of("conditions", "sketch", "sketch|草图", "\\bsketch[- ](?:guided|conditioned|based|to)|草图(?:引导|控制|生成)"),
            // Open source: said in a paper table's tags ("开源") or in so many words.
            Cue.of("openSource", "yes", "开源|code|open", "(?<![未不非闭有将])开源|\\bcode (?:is |has been )?(?:available|released|open-?sourced)\\b"
                    + "|\\bopen-?sourced? (?:code|weights|model weights|release)\\b"),
            // Not "闭源" or "closed-source" alone: the notes use them as headings over other papers' tables.
            Cue.of("openSource", "no", "开源|code|weights", "未开源|不开源|没有开源|\\b(?:code|weights) (?:is |are |has |have )?not (?:been )?"
                    + "(?:open-?sourced|released)\\b"));
}
