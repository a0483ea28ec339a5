using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>hydrus's suggested rule 5 on real stored PNGs with identical pixels: the larger file wins unless only the smaller carries EXIF.</summary>
public sealed class PixelPerfectPairsTests : IDisposable
{
    private readonly TempStore temp = new();
    private readonly byte[] png = DuplicateImages.PixelTwinPng(DuplicateImages.Jpeg(200, 160));

    [Fact]
    public void The_larger_pixel_twin_becomes_king_and_the_smaller_goes_to_the_trash()
    {
        var small = temp.Store.Import(temp.WriteInput(png, "png")).Hash;
        var large = temp.Store.Import(temp.WriteInput([.. png, .. new byte[500]], "png")).Hash;
        temp.Store.ScanForDuplicates(0);

        var report = temp.Store.RunAutoResolution(["pixel-perfect-pairs"], dryRun: false);

        report.Decisions.ShouldHaveSingleItem().Better.ShouldBe(large);
        temp.Store.DuplicateInfo(small).King.ShouldBe(large);
        temp.Store.GetFile(small)!.Status.ShouldBe(FileStatus.InTrash);
    }

    [Fact]
    public void A_smaller_twin_that_alone_carries_exif_keeps_the_pair_undecided()
    {
        var withExif = png[..33].Concat(PngChunk("eXIf", [0x4D, 0x4D, 0, 42, 0, 0, 0, 8, 0, 0])).Concat(png[33..]).ToArray();
        temp.Store.Import(temp.WriteInput(withExif, "png"));
        temp.Store.Import(temp.WriteInput([.. png, .. new byte[500]], "png"));
        temp.Store.ScanForDuplicates(0);

        temp.Store.PotentialPairs().Count.ShouldBe(1);
        temp.Store.RunAutoResolution(["pixel-perfect-pairs"], dryRun: true).Decisions.ShouldBeEmpty();
    }

    /// <summary>A PNG chunk with its length and CRC-32, so any decoder accepts it.</summary>
    private static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        var crc = ~typed.Aggregate(uint.MaxValue, (state, next) =>
        {
            state ^= next;
            for (var bit = 0; bit < 8; bit++)
            {
                state = (state & 1) != 0 ? 0xEDB88320u ^ (state >> 1) : state >> 1;
            }

            return state;
        });
        return [.. BigEndian((uint)data.Length), .. typed, .. BigEndian(crc)];
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    public void Dispose() => temp.Dispose();
}
