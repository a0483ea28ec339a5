using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>Comparison statements read from real stored files: sizes, resolutions, pixel hashes and JPEG tables.</summary>
public sealed class CompareDuplicatesTests : IDisposable
{
    private readonly TempStore temp = new();

    [Fact]
    public void A_jpeg_and_its_png_pixel_copy_make_the_jpeg_better()
    {
        var jpegBytes = DuplicateImages.Jpeg(200, 160);
        var jpeg = temp.Store.Import(temp.WriteInput(jpegBytes, "jpg")).Hash;
        var png = temp.Store.Import(temp.WriteInput(DuplicateImages.PixelTwinPng(jpegBytes), "png")).Hash;

        var comparison = temp.Store.CompareDuplicates(png, jpeg);

        comparison.PixelDuplicates.ShouldBeTrue();
        comparison.Statements.Single(statement => statement.Name == "pixel_duplicates").Score.ShouldBe(-100);
        comparison.Better.ShouldBe(jpeg);
    }

    [Fact]
    public void Two_jpegs_are_compared_by_resolution_tags_and_quantisation_tables()
    {
        var large = temp.Store.Import(temp.WriteInput(DuplicateImages.Jpeg(400, 320, quality: 95), "jpg")).Hash;
        var small = temp.Store.Import(temp.WriteInput(DuplicateImages.Jpeg(200, 160, quality: 30), "jpg")).Hash;
        temp.Store.AddTags([small], ["creator:someone"]);

        var comparison = temp.Store.CompareDuplicates(large, small);

        comparison.Statements.Select(statement => (statement.Name, statement.Score)).ShouldBe(
            [("filesize", 20), ("resolution", 50), ("ratio", 0), ("mime", 0), ("num_tags", -8), ("time_imported", 0), ("jpeg_subsampling", 0), ("jpeg_quality", 20)]);
        comparison.Score.ShouldBe(82);
        comparison.Better.ShouldBe(large);
    }

    [Fact]
    public void An_unknown_file_is_refused_with_its_hash()
    {
        var known = temp.Store.Import(temp.WritePng()).Hash;
        var unknown = FileHash.Of([1, 2, 3]);

        Should.Throw<StoreException>(() => temp.Store.CompareDuplicates(known, unknown)).Message.ShouldContain(unknown.ToHex());
    }

    public void Dispose() => temp.Dispose();
}
