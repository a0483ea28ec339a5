using HydraEngine.Definitions;
using HydraEngine.Definitions.Png;
using HydraEngine.Library.Importing;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Containers;

namespace HydraEngine.Library.Tests.Exporting;

public sealed class ExportTests
{
    [Fact]
    public void A_gug_exports_with_its_gallery_class_the_sites_post_class_parsers_and_domain_metadata()
    {
        using var temp = Full();
        var bundle = temp.Library.Export(Fixtures.GugName).Bundle;
        bundle.Items.Select(LibraryKinds.NameOf).ShouldBe([Fixtures.GugName, Fixtures.Gallery.Name, Fixtures.PostPageName, Fixtures.ParserName, "127.0.0.1:8089"]);
    }

    [Fact]
    public void A_url_class_exports_with_its_parser()
    {
        using var temp = Full();
        temp.Library.Export(Fixtures.PostPageName).Bundle.Items.Select(LibraryKinds.NameOf).ShouldBe([Fixtures.PostPageName, Fixtures.ParserName, "127.0.0.1:8089"]);
    }

    [Fact]
    public void A_nested_gug_exports_with_its_members()
    {
        using var temp = Full();
        temp.Library.ImportObjects(Fixtures.Nested("everything", Fixtures.GugName));
        temp.Library.Export("everything").Bundle.Items.Take(2).Select(LibraryKinds.NameOf).ShouldBe(["everything", Fixtures.GugName]);
    }

    [Fact]
    public void The_bundle_png_is_titled_as_hydrus_titles_downloader_pngs()
    {
        using var temp = Full();
        var export = temp.Library.Export(Fixtures.GugName);
        (export.Title, export.Description).ShouldBe(("easy-import downloader png - 1 downloaders", Fixtures.GugName));
    }

    [Fact]
    public void An_exported_png_reimports_into_a_fresh_library_as_identical_objects()
    {
        using var source = Full();
        var bundle = source.Library.Export(Fixtures.GugName).Bundle;
        var png = Path.Combine(source.Folder, "bundle.png");
        File.WriteAllBytes(png, HydrusPngWriter.Write(HydrusSerialiser.ToNetworkBytes(bundle), "t", "d"));
        using var target = new TempLibrary();
        target.Library.Import([png]).Added.ShouldBe(bundle.Items.Count);
        bundle.Items.ShouldAllBe(item => target.Library.Get(LibraryKinds.NameOf(item), LibraryKinds.Of(item)).Definition == item);
    }

    [Fact]
    public void An_exported_bundle_reimports_into_its_own_library_as_all_identical()
    {
        using var temp = Full();
        var bundle = temp.Library.Export(Fixtures.GugName).Bundle;
        temp.Library.PlanImport([Fixtures.Source("bundle", bundle)]).Changes.ShouldAllBe(change => change.Action == ImportAction.Identical);
    }

    private static TempLibrary Full()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Library.ImportObjects(Fixtures.Gallery, Fixtures.Metadata("127.0.0.1:8089", "hydra"), Fixtures.Metadata("example.com", "other"));
        return temp;
    }
}
