using HydraEngine.Testing;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class CorpusPngTests
{
    [CorpusFact]
    public void Danbooru_tag_search_png_decodes_to_the_documented_bytes()
    {
        var path = Path.Combine(RepositoryPaths.Corpus!, "objects", "hydrus-defaults", "gugs", "danbooru tag search.png");

        var image = Decode(path);

        (image.Width, image.Height, image.Channels, image.BitDepth).ShouldBe((512, 84, 1, 8));
        var pixels = image.ChannelPlane(0);
        pixels[..2].ShouldBe(new byte[] { 0x00, 0x53 });
        pixels[(83 * 512)..((83 * 512) + 8)].ShouldBe(new byte[] { 0x00, 0x00, 0x00, 0xA9, 0x78, 0xDA, 0x45, 0x8E });
    }

    [CorpusFact]
    public void Every_corpus_png_decodes()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Corpus!, "*.png", SearchOption.AllDirectories))
        {
            count++;
            var error = PngCodec.Default.Decode(File.ReadAllBytes(path), ImageDecodeLimits.Default).Error;
            if (error is not null)
            {
                failures.Add($"{path}: {error.Code} {error.Message}");
            }
        }

        count.ShouldBeGreaterThan(0);
        failures.ShouldBeEmpty();
    }

    [CorpusFact]
    public void Corpus_screenshot_decodes_as_rgba()
    {
        var image = Decode(Path.Combine(RepositoryPaths.Corpus!, "objects", "community", "Bdsmlr", "bdsmlr_account_settings.png"));

        (image.Width, image.Height, image.Channels, image.SourceColourType).ShouldBe((1712, 1216, 4, PngColourType.TruecolourAlpha));
    }

    private static RasterImage Decode(string path)
    {
        var result = PngCodec.Default.Decode(File.ReadAllBytes(path), ImageDecodeLimits.Default);
        result.Error.ShouldBeNull();
        return result.Image!;
    }
}
