using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class MediaProbeTests
{
    [Fact]
    public void Given_a_png_then_its_size_comes_from_ihdr() =>
        Probe(SampleFiles.Png(640, 480, "x"), FileMime.ImagePng).ShouldBe((FileMime.ImagePng, new MediaInfo(640, 480)));

    [Fact]
    public void Given_an_apng_then_it_is_an_animation_with_frames_and_duration() =>
        Probe(SampleFiles.Png(10, 20, "x", animationFrames: 3, delayMs: 100), FileMime.ImagePng)
            .ShouldBe((FileMime.AnimationApng, new MediaInfo(10, 20, 300, 3)));

    [Fact]
    public void Given_a_jpeg_then_its_size_comes_from_the_frame_header() =>
        Probe(SampleFiles.Jpeg(1920, 1080, "x"), FileMime.ImageJpeg).Info.ShouldBe(new MediaInfo(1920, 1080));

    [Fact]
    public void Given_a_still_gif_then_it_is_a_still_image() =>
        Probe(SampleFiles.Gif(31, 17, "x"), FileMime.ImageGif).ShouldBe((FileMime.ImageGif, new MediaInfo(31, 17)));

    [Fact]
    public void Given_an_animated_gif_then_frames_and_duration_are_counted() =>
        Probe(SampleFiles.Gif(8, 8, "x", frames: 4, delayCentiseconds: 5), FileMime.ImageGif)
            .ShouldBe((FileMime.AnimationGif, new MediaInfo(8, 8, 200, 4)));

    [Fact]
    public void Given_a_lossless_webp_then_its_size_is_read() =>
        Probe(SampleFiles.WebpLossless(300, 200, "x"), FileMime.ImageWebp).Info.ShouldBe(new MediaInfo(300, 200));

    [Fact]
    public void Given_an_extended_webp_then_its_canvas_size_is_read() =>
        Probe(SampleFiles.WebpExtended(5000, 7000, "x"), FileMime.ImageWebp).Info.ShouldBe(new MediaInfo(5000, 7000));

    [Fact]
    public void Given_a_top_down_bmp_then_its_size_is_positive() =>
        Probe(SampleFiles.Bmp(12, 34), FileMime.ImageBmp).Info.ShouldBe(new MediaInfo(12, 34));

    [Fact]
    public void Given_an_mp4_then_duration_and_track_size_are_read() =>
        Probe(SampleFiles.Mp4(1280, 720, 4500, "x"), FileMime.VideoMp4).Info.ShouldBe(new MediaInfo(1280, 720, 4500));

    [Fact]
    public void Given_a_truncated_png_then_size_is_unknown_rather_than_an_error() =>
        Probe(SampleFiles.Png(10, 10, "x")[..12], FileMime.ImagePng).Info.ShouldBe(MediaInfo.Unknown);

    private static (FileMime Mime, MediaInfo Info) Probe(byte[] bytes, FileMime sniffed) =>
        MediaProbe.Probe(new MemoryStream(bytes), sniffed);
}
