using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>hydrus's "pixel-perfect jpegs vs pngs" rule: a PNG holding exactly a JPEG's pixels is the derivative copy.</summary>
public sealed class AutoResolutionTests : IDisposable
{
    private readonly TempStore temp = new();
    private readonly FileHash jpeg;
    private readonly FileHash png;

    public AutoResolutionTests()
    {
        var jpegBytes = DuplicateImages.Jpeg(200, 160);
        jpeg = temp.Store.Import(temp.WriteInput(jpegBytes, "jpg")).Hash;
        png = temp.Store.Import(temp.WriteInput(DuplicateImages.PixelTwinPng(jpegBytes), "png")).Hash;
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
    public void Named_rule_sets_the_jpeg_king_and_trashes_the_png()
    {
        temp.Store.RunAutoResolution(["jpeg-vs-png"], dryRun: false);

        temp.Store.DuplicateInfo(png).King.ShouldBe(jpeg);
        temp.Store.PotentialPairs().ShouldBeEmpty();
        temp.Store.GetFile(png)!.Status.ShouldBe(FileStatus.InTrash);
        temp.Store.GetFile(png)!.Deleted.ShouldContain(entry => entry.Reason!.Contains("jpeg-vs-png"));
        temp.Store.GetFile(jpeg)!.Inbox.ShouldBeTrue();
    }

    [Fact]
    public void Keep_worse_leaves_the_png_in_the_store()
    {
        temp.Store.RunAutoResolution(["jpeg-vs-png"], dryRun: false, keepWorse: true);

        temp.Store.DuplicateInfo(png).King.ShouldBe(jpeg);
        temp.Store.GetFile(png)!.Status.ShouldBe(FileStatus.Current);
    }

    [Fact]
    public void Pixel_perfect_pairs_does_not_decide_a_jpeg_against_a_png()
    {
        temp.Store.RunAutoResolution(["pixel-perfect-pairs"], dryRun: true).Decisions.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_rule_is_refused()
    {
        Should.Throw<StoreException>(() => temp.Store.RunAutoResolution(["bigger-is-better"], dryRun: true)).Message.ShouldContain("jpeg-vs-png");
    }

    [Fact]
    public void A_visual_rule_is_refused_as_not_supported_yet_and_says_why()
    {
        var message = Should.Throw<StoreException>(() => temp.Store.RunAutoResolution(["visually-similar-pairs"], dryRun: true)).Message;

        message.ShouldContain("hydrus's rule 6");
        message.ShouldContain("visual duplicates");
    }

    public void Dispose() => temp.Dispose();
}
