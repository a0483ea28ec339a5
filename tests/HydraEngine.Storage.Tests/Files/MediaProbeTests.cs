using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class MediaProbeTests
{
    [Fact]
    public void GivenAPng_ThenItsSizeComesFromIhdr() =>
        Probe(SampleFiles.Png(640, 480, "x"), FileMime.ImagePng).ShouldBe((FileMime.ImagePng, new MediaInfo(640, 480)));

    [Fact]
    public void GivenAnApng_ThenItIsAnAnimationWithFramesAndDuration() =>
        Probe(SampleFiles.Png(10, 20, "x", animationFrames: 3, delayMs: 100), FileMime.ImagePng)
            .ShouldBe((FileMime.AnimationApng, new MediaInfo(10, 20, 300, 3)));

    [Fact]
    public void GivenAJpeg_ThenItsSizeComesFromTheFrameHeader() =>
        Probe(SampleFiles.Jpeg(1920, 1080, "x"), FileMime.ImageJpeg).Info.ShouldBe(new MediaInfo(1920, 1080));

    [Fact]
    public void GivenAStillGif_ThenItIsAStillImage() =>
        Probe(SampleFiles.Gif(31, 17, "x"), FileMime.ImageGif).ShouldBe((FileMime.ImageGif, new MediaInfo(31, 17)));

    [Fact]
    public void GivenAnAnimatedGif_ThenFramesAndDurationAreCounted() =>
        Probe(SampleFiles.Gif(8, 8, "x", frames: 4, delayCentiseconds: 5), FileMime.ImageGif)
            .ShouldBe((FileMime.AnimationGif, new MediaInfo(8, 8, 200, 4)));

    [Fact]
    public void GivenALosslessWebp_ThenItsSizeIsRead() =>
        Probe(SampleFiles.WebpLossless(300, 200, "x"), FileMime.ImageWebp).Info.ShouldBe(new MediaInfo(300, 200));

    [Fact]
    public void GivenAnExtendedWebp_ThenItsCanvasSizeIsRead() =>
        Probe(SampleFiles.WebpExtended(5000, 7000, "x"), FileMime.ImageWebp).Info.ShouldBe(new MediaInfo(5000, 7000));

    [Fact]
    public void GivenATopDownBmp_ThenItsSizeIsPositive() =>
        Probe(SampleFiles.Bmp(12, 34), FileMime.ImageBmp).Info.ShouldBe(new MediaInfo(12, 34));

    [Fact]
    public void GivenAnMp4_ThenDurationAndTrackSizeAreRead() =>
        Probe(SampleFiles.Mp4(1280, 720, 4500, "x"), FileMime.VideoMp4).Info.ShouldBe(new MediaInfo(1280, 720, 4500));

    [Fact]
    public void GivenATruncatedPng_ThenSizeIsUnknownRatherThanAnError() =>
        Probe(SampleFiles.Png(10, 10, "x")[..12], FileMime.ImagePng).Info.ShouldBe(MediaInfo.Unknown);

    private static (FileMime Mime, MediaInfo Info) Probe(byte[] bytes, FileMime sniffed) =>
        MediaProbe.Probe(new MemoryStream(bytes), sniffed);
}
