using HydraEngine.Imaging;
using HydraEngine.Imaging.Decoding;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;
using SkiaSharp;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>hydrus's "pixel-perfect jpegs vs pngs" rule: a PNG holding exactly a JPEG's pixels is the derivative copy.</summary>
public sealed class AutoResolutionTests : IDisposable
{
    private readonly TempStore temp = new();
    private readonly FileHash jpeg;
    private readonly FileHash png;

    public AutoResolutionTests()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(200, 160, SKColorType.Gray8, SKAlphaType.Opaque));
        for (var y = 0; y < 160; y++)
        {
            for (var x = 0; x < 200; x++)
            {
                var grey = (byte)((x * 3 + y * 5 + x * y / 40) % 256);
                bitmap.SetPixel(x, y, new SKColor(grey, grey, grey));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpegBytes = data.ToArray();
        var decoded = SkiaPixelDecoder.Instance.Decode(jpegBytes, ImageDecodeLimits.Default).Pixels!;
        var greyPlane = Enumerable.Range(0, 200 * 160).Select(pixel => decoded.Samples[pixel * 3]).ToArray();
        jpeg = temp.Store.Import(temp.WriteInput(jpegBytes, "jpg")).Hash;
        png = temp.Store.Import(temp.WriteInput(PngCodec.Default.EncodeGreyscale8(200, 160, greyPlane), "png")).Hash;
        temp.Store.ScanForDuplicates(0);
    }

    [Fact]
    public void Dry_run_reports_the_jpeg_better_and_changes_nothing()
    {
        var report = temp.Store.RunAutoResolution([], dryRun: true);

        report.Decisions.ShouldHaveSingleItem().ShouldBe(new Storage.Duplicates.AutoResolutionDecision("jpeg-vs-png", jpeg, png));
        temp.Store.PotentialPairs().Count.ShouldBe(1);
    }

    [Fact]
    public void Named_rule_sets_the_jpeg_king()
    {
        temp.Store.RunAutoResolution(["jpeg-vs-png"], dryRun: false);

        temp.Store.DuplicateInfo(png).King.ShouldBe(jpeg);
        temp.Store.PotentialPairs().ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_rule_is_refused()
    {
        Should.Throw<StoreException>(() => temp.Store.RunAutoResolution(["bigger-is-better"], dryRun: true)).Message.ShouldContain("jpeg-vs-png");
    }

    public void Dispose() => temp.Dispose();
}
